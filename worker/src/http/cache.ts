import type { MiddlewareHandler } from "hono";
import { buildId, dataset } from "../dataset/embedded";
import { fingerprint } from "../dataset/fingerprint";
import { accepts } from "./accept";
import { BoundedCache } from "./bounded-cache";
import { negotiate } from "./format";
import { problem } from "./problem";

const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

/** A GET answer as the handler made it: enough to answer the same request again without the handler. */
interface CachedBody {
  body: string;
  headers: [string, string][];
}

/** Whether If-None-Match names `etag` (weak or strong: a GET compares weakly, RFC 9110 §13.1.2). */
function names(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

function notModified(etag: string, version: string): Response {
  return new Response(null, {
    status: 304,
    headers: { ETag: etag, Vary: "Accept", "Cache-Control": CACHE_CONTROL, "X-Dataset-Version": version },
  });
}

/**
 * Every answer names the dataset version it came from and varies by Accept. A successful GET gets
 * an ETag from the build id (code, data and dependencies) and the request (path, query, format):
 * a client that sends it back gets 304 before any handler runs, and a repeated request is served
 * from the isolate's cache of serialised bodies. An answer the Accept header refuses becomes 406.
 */
export function datasetCaching(): MiddlewareHandler {
  // Up to 512 K characters an answer and 4 M in all: a few MiB of the isolate's 128 MB.
  const bodies = new BoundedCache<CachedBody>(512 * 1024, 4 * 1024 * 1024);
  return async (c, next) => {
    const version = dataset().version;
    const accept = c.req.header("Accept");
    const readable = c.req.method === "GET" || c.req.method === "HEAD";
    const url = c.req.url;
    const format = readable ? negotiate(c) : "json";
    const etag = `"${buildId()}-${fingerprint([url.slice(url.indexOf("/", url.indexOf("//") + 2)), format])}"`;
    const key = `${format} ${url}`;
    if (readable) {
      if (names(c.req.header("If-None-Match"), etag)) return notModified(etag, version);
      const hit = bodies.get(key);
      const type = hit?.headers.find(([name]) => name === "content-type")?.[1];
      if (hit && type && accepts(accept, type)) return new Response(c.req.method === "HEAD" ? null : hit.body, { headers: hit.headers });
    }

    await next();
    c.res.headers.set("X-Dataset-Version", version);
    c.res.headers.set("Vary", "Accept");
    const type = c.res.headers.get("Content-Type");
    if (c.res.ok && type && c.req.query("format") === undefined && !accepts(accept, type)) {
      const [offered = type] = type.split(";");
      c.res = problem(
        c,
        406,
        `${new URL(url).pathname} answers with ${offered}, which your Accept header (${JSON.stringify((accept ?? "").slice(0, 200))}) does not allow. Send Accept: ${offered} or */*; list routes also answer text/csv and text/tab-separated-values (or ?format=csv|tsv).`,
        [{ param: "Accept", message: `${offered} is not acceptable to this client`, allowed: [offered] }],
      );
      for (const header of ["Content-Disposition", "Link", "X-Total-Count"]) c.res.headers.delete(header);
      return;
    }
    // A route that sets its own Cache-Control (/healthz, the manifest) keeps it and is not cached here.
    if (!readable || c.res.status !== 200 || c.res.headers.has("Cache-Control")) return;
    c.res.headers.set("ETag", etag);
    c.res.headers.set("Cache-Control", CACHE_CONTROL);
    if (c.req.method === "GET") {
      const body = await c.res.text();
      bodies.set(key, { body, headers: [...c.res.headers] }, body.length);
      c.res = new Response(body, c.res);
    }
    if ((c.req.header("If-None-Match") ?? "").trim() === "*") c.res = notModified(etag, version);
  };
}
