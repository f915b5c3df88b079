import type { ExoClient } from "../client/client";

/**
 * What the task pane needs from the service: JSON from the GET routes. The shared client gives it,
 * so the pane and the custom functions share one client and one cache in the shared runtime.
 */
export type Api = Pick<ExoClient, "get">;
