import type { MiddlewareHandler } from "hono";
import { dataset } from "../dataset/embedded";
import { fingerprint } from "../dataset/fingerprint";
import { negotiate } from "./format";

/**
 * Every answer names the dataset version it came from. A successful GET also gets an ETag derived
 * from that version and the request (path, query, format), so a client that sends it back in
 * If-None-Match gets 304 Not Modified until the dataset changes.
 */
export function datasetCaching(): MiddlewareHandler {
  return async (c, next) => {
    const version = dataset().version;
    await next();
    c.res.headers.set("X-Dataset-Version", version);
    // A route that sets its own Cache-Control (the manifest, which follows the build, not the data) keeps it.
    if ((c.req.method !== "GET" && c.req.method !== "HEAD") || c.res.status !== 200 || c.res.headers.has("Cache-Control")) return;
    const url = new URL(c.req.url);
    const etag = `"${version}-${fingerprint([url.pathname, url.search, negotiate(c)])}"`;
    c.res.headers.set("ETag", etag);
    c.res.headers.set("Cache-Control", "public, max-age=300, stale-while-revalidate=86400");
    const tags = (c.req.header("If-None-Match") ?? "").split(",").map((t) => t.trim().replace(/^W\//, ""));
    if (tags.includes(etag) || tags.includes("*")) {
      c.res = new Response(null, { status: 304, headers: c.res.headers });
      c.res.headers.delete("Content-Type");
      c.res.headers.delete("Content-Disposition");
    }
  };
}
