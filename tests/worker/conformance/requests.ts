import { createExecutionContext, env, SELF } from "cloudflare:test";
import app from "../../../worker/src/app";

export const ORIGIN = "https://exo-bone.test";

/** One request the test sends, for one operation, with the status it is meant to get. */
export interface Case {
  op: string;
  what: string;
  /** The status it is meant to get, or the statuses, when the document allows either (a bad id: 400 or 404). */
  expect: number | readonly number[];
  request: () => Request;
  /** How it is sent: to the Worker (SELF) unless the case needs a deployment of its own. */
  send?: (request: Request) => Promise<Response>;
}

export const request = (path: string, init?: RequestInit, origin = ORIGIN): (() => Request) => {
  return () => new Request(`${origin}${path}`, init);
};

export const sendToWorker = (request: Request): Promise<Response> => SELF.fetch(request);

/**
 * The Worker as deployed with other bindings than wrangler.jsonc gives it (so not of its Env type):
 * without an https PUBLIC_ORIGIN, without the add-in built.
 */
export const deployedWith =
  (bindings: Record<string, unknown>) =>
  (request: Request): Promise<Response> =>
    Promise.resolve(app.fetch(request, Object.assign({}, env, bindings), createExecutionContext()));

/** Sends the request, then again with the ETag its answer gave in If-None-Match: the way to a 304. */
export async function sendAgainWithETag(request: Request): Promise<Response> {
  const first = await SELF.fetch(request.clone());
  const etag = first.headers.get("ETag");
  if (etag === null) return first;
  await first.arrayBuffer();
  const headers = new Headers(request.headers);
  headers.set("If-None-Match", etag);
  return SELF.fetch(new Request(request, { headers }));
}

/** Sends the batch until the client's allowance runs out (120 a minute), then answers the refusal. */
export async function sendUntilRefused(request: Request): Promise<Response> {
  for (let i = 0; i < 250; i++) {
    const response = await SELF.fetch(request.clone());
    if (response.status === 429) return response;
    await response.arrayBuffer();
  }
  throw new Error("250 batches in a row were all accepted");
}

const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 20)}…(${text.length} characters)` : text);

const shownHeaders = ["Accept", "Content-Type", "If-None-Match", "CF-Connecting-IP"];

/** The request as a reader would write it: method, path and query, the headers that matter, the body's start. */
export async function describeRequest(request: Request, send: Case["send"]): Promise<string> {
  const url = new URL(request.url);
  const query = [...url.searchParams].map(
    ([name, value]) => `${name}=${value.length > 40 ? `${value.slice(0, 8)}…(${value.length} characters)` : value}`,
  );
  const headers = shownHeaders.flatMap((name) => (request.headers.has(name) ? [`${name}: ${request.headers.get(name)}`] : []));
  const body = request.body ? await request.clone().text() : "";
  const shownBody = body.length > 100 ? `${body.slice(0, 100)}… (${body.length} characters)` : body;
  const how = send === sendAgainWithETag ? ", sent twice, the second time with If-None-Match: <the first answer's ETag>" : "";
  return `${request.method} ${url.protocol === "http:" ? url.origin : ""}${shorten(url.pathname)}${query.length > 0 ? `?${query.join("&")}` : ""}${headers.map((h) => ` [${h}]`).join("")}${shownBody ? ` ${shownBody}` : ""}${how}`;
}
