import { type ClientOptions, createClient } from "../../../addin/src/client/client";
import { useService } from "../../../addin/src/client/service";
import type { Fetch } from "../../../addin/src/client/transport";
import { registrations } from "../../../addin/src/functions/registrations";
import { cell, installCustomFunctionsRuntime } from "./custom-functions";
import { ORIGIN, recording, workerFetch } from "./worker";

installCustomFunctionsRuntime();

export type FunctionId = keyof typeof registrations;

/**
 * Connects the functions to a fresh client over `fetch` (the in-process Worker by default) and
 * returns how to call them as Excel does, with the log of the HTTP requests they make.
 */
export function connect(fetch: Fetch = workerFetch, options: ClientOptions = {}) {
  const recorder = recording(fetch);
  const client = createClient({ baseUrl: ORIGIN, fetch: recorder.fetch, timeoutMs: 2_000, backoffMs: 1, ...options });
  useService(client);
  const excel = (id: FunctionId, ...args: unknown[]) => cell((registrations[id] as (...a: unknown[]) => Promise<unknown>)(...args));
  return { excel, client, requests: recorder.log, recorder };
}
