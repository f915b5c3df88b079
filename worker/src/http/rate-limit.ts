import type { MiddlewareHandler } from "hono";
import { problem } from "./problem";

/** The Workers Rate Limiting binding (wrangler.jsonc "ratelimits"). */
interface RateLimit {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The window of the binding's `simple.period`, in seconds: how long a refused client should wait at most. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

const isRateLimit = (value: unknown): value is RateLimit =>
  typeof value === "object" && value !== null && "limit" in value && typeof value.limit === "function";

/**
 * Counts requests per client (its IP as Cloudflare's edge saw it) against the BATCH_LIMITER
 * binding and refuses the excess with 429 and Retry-After. Requests without CF-Connecting-IP
 * (wrangler dev, a service binding) share one count. Without the binding (raw workerd in the
 * benchmarks) nothing is limited.
 */
export function rateLimited(): MiddlewareHandler {
  return async (c, next) => {
    const env: unknown = c.env;
    const limiter = typeof env === "object" && env !== null && "BATCH_LIMITER" in env ? env.BATCH_LIMITER : undefined;
    if (isRateLimit(limiter)) {
      const { success } = await limiter.limit({ key: c.req.header("CF-Connecting-IP") ?? "no client address" });
      if (!success) {
        c.header("Retry-After", String(RATE_LIMIT_PERIOD_SECONDS));
        return problem(
          c,
          429,
          `Too many batch requests from this client. Wait ${RATE_LIMIT_PERIOD_SECONDS} seconds (Retry-After), then send again; put more calls in each batch (up to 1,000) rather than sending many small ones.`,
          [{ param: "body", message: "rate limit reached for POST /v1/batch" }],
        );
      }
    }
    await next();
  };
}
