import { createClient, type ExoClient } from "./client";

let current: ExoClient | undefined;

/**
 * The one client of this runtime. The custom functions and the task pane run in the same shared
 * runtime and both call this, so they share batches, in-flight requests and the cache.
 */
export function service(): ExoClient {
  current ??= createClient();
  return current;
}

/** Puts another client in its place: tests and benchmarks pass one with their own fetch. */
export function useService(client: ExoClient): void {
  current = client;
}
