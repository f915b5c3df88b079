import type { MiddlewareHandler } from "hono";

/** Headers a script on another origin (the add-in on a dev host, a notebook) may read. */
const exposed = ["ETag", "X-Dataset-Version", "Content-Disposition", "X-Total-Count", "Link", "Retry-After"].join(", ");

/**
 * The API is public and sends no credentials, so every origin may call it. A preflight is
 * answered at once; every other answer gets its headers after the handler, with no placeholder
 * response built per request.
 */
export function cors(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === "OPTIONS") {
      return new Response(null, {
        status: 204,
        headers: {
          "Access-Control-Allow-Origin": "*",
          "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
          "Access-Control-Allow-Headers": "Content-Type, If-None-Match, Accept",
          "Access-Control-Max-Age": "86400",
        },
      });
    }
    await next();
    c.res.headers.set("Access-Control-Allow-Origin", "*");
    c.res.headers.set("Access-Control-Expose-Headers", exposed);
  };
}
