import type { MiddlewareHandler } from "hono";
import { buildId, dataset } from "../dataset/embedded";
import { fingerprint } from "../dataset/fingerprint";
import { accepts } from "./accept";
import { BoundedCache } from "./bounded-cache";
import { negotiate } from "./format";
import { problem } from "./problem";

const CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=86400";

/**
 * A GET answer as the handler made it, ready to send again: the body already UTF-8 encoded and
 * the headers (ETag included) already collected, so a repeat costs no string work per request.
 * A 413 is kept too: whether a URL's answer is over the budget depends only on the URL and the
 * built data, and finding out again would cost the budget's worth of building (tens of ms on
 * large data) each time a client repeats it. It has no ETag (it is no representation).
 */
type CachedAnswer = { body: ArrayBuffer; headers: [string, string][] } & Kept;
/** What a cached answer is: a 200 with its type and ETag, or a 413 refusal. */
type Kept = { status: 200; type: string; etag: string } | { status: 413 };

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

/** The ETag of a GET: the build id (code, data and dependencies), then the path, query and format. */
function etagOf(url: string, format: string): string {
  return `"${buildId()}-${fingerprint([url.slice(url.indexOf("/", url.indexOf("//") + 2)), format])}"`;
}

/** The same answer a cached entry was made from, for GET or (without its body) HEAD. */
const replay = (answer: CachedAnswer, method: string): Response =>
  new Response(method === "HEAD" ? null : answer.body, { status: answer.status, headers: answer.headers });

/**
 * Every answer names the dataset version it came from and varies by Accept. A successful GET gets
 * an ETag from the build id and the request (path, query, format): a client that sends it back
 * gets 304 before any handler runs, and a repeated request is answered from the isolate's cache
 * of encoded answers, byte for byte the first one. An answer the Accept header refuses becomes 406.
 */
export function datasetCaching(): MiddlewareHandler {
  // Up to 8 MiB in all, a few of the isolate's 128 MB, and 2 MiB an answer: a page of 1,000
  // findings (the largest page) is about 1 MiB, and rebuilding it costs several ms each time.
  const answers = new BoundedCache<CachedAnswer>(2 * 1024 * 1024, 8 * 1024 * 1024);
  return async (c, next) => {
    const version = dataset().version;
    const accept = c.req.header("Accept");
    const method = c.req.method;
    const readable = method === "GET" || method === "HEAD";
    const url = c.req.url;
    const format = readable ? negotiate(c) : "json";
    const key = `${format} ${url}`;
    const ifNoneMatch = c.req.header("If-None-Match");
    if (readable) {
      const hit = answers.get(key);
      if (hit?.status === 413) return replay(hit, method);
      if (hit) {
        // A cached answer exists, so `*` (any current representation) matches too.
        if (ifNoneMatch?.trim() === "*" || names(ifNoneMatch, hit.etag)) return notModified(hit.etag, version);
        if (accepts(accept, hit.type)) return replay(hit, method);
      } else if (ifNoneMatch) {
        const etag = etagOf(url, format);
        if (names(ifNoneMatch, etag)) return notModified(etag, version);
      }
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
      // Hono keeps the refused answer's headers on the problem: none of those that describe it may stay.
      for (const header of ["Cache-Control", "Content-Disposition", "ETag", "Link", "X-Total-Count"]) c.res.headers.delete(header);
      return;
    }
    // Sent the way every repeat will be, so the first answer and the repeats are the same bytes.
    const keep = async (kind: Kept) => {
      const answer: CachedAnswer = { ...kind, body: await c.res.arrayBuffer(), headers: [...c.res.headers] };
      answers.set(key, answer, answer.body.byteLength);
      c.res = replay(answer, method);
    };
    if (method === "GET" && c.res.status === 413) return keep({ status: 413 });
    // A route that sets its own Cache-Control (/healthz, the manifest) keeps it and is not cached here.
    if (!readable || c.res.status !== 200 || c.res.headers.has("Cache-Control")) return;
    const etag = etagOf(url, format);
    c.res.headers.set("ETag", etag);
    c.res.headers.set("Cache-Control", CACHE_CONTROL);
    if ((ifNoneMatch ?? "").trim() === "*") {
      c.res = notModified(etag, version);
      return;
    }
    if (method === "GET" && type) await keep({ status: 200, type, etag });
  };
}
