import type { MiddlewareHandler } from "hono";
import { problem } from "./problem";

/** Whether every `%` in the text starts a percent-encoding that decodes to UTF-8. */
function decodes(text: string): boolean {
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses a URL whose path or query holds a broken percent-encoding (`%zz`, a lone `%`, bytes that
 * are not UTF-8), rather than matching it verbatim against names and answering something else.
 */
export function percentEncoding(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    const query = url.search
      .slice(1)
      .split("&")
      .filter((part) => part !== "");
    const bad = [url.pathname, ...query].find((part) => !decodes(part));
    if (bad !== undefined) {
      const shown = bad.length > 60 ? `${bad.slice(0, 60)}…` : bad;
      // Blame the parameter whose name or value is broken, or the path.
      const param = bad === url.pathname ? "path" : (bad.split("=", 1)[0] ?? bad);
      return problem(
        c,
        400,
        `The URL part "${shown}" holds an invalid percent-encoding. A % must start two hex digits that encode UTF-8 (é is %C3%A9); write a literal % as %25.`,
        [{ param, message: `invalid percent-encoding in "${shown}"` }],
        "invalid-encoding",
      );
    }
    await next();
  };
}
