import { OpenAPIHono } from "@hono/zod-openapi";
import { invalidRequest } from "../http/problem";

/** The static-assets binding: the built add-in and the raw data files. */
export interface Assets {
  fetch(request: Request): Promise<Response>;
}

/** What the Worker is bound to. */
export interface AppEnv {
  Bindings: { ASSETS?: Assets };
}

/**
 * A router whose request validation answers with a problem document naming each bad parameter,
 * so every route fails the same way.
 */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => (result.success ? undefined : invalidRequest(c, result.error)),
  });
}
