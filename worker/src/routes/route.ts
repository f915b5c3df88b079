import { createRoute, type RouteConfig, z } from "@hono/zod-openapi";
import { strictQuery } from "./strict-query";

/** What every operation must say, so that generated clients get named methods grouped by tag. */
interface Documented {
  operationId: string;
  tags: [string, ...string[]];
}

/**
 * A route whose query is strict: the parameters its schema declares are the only ones it takes
 * (see strictQuery), so the document, the validation and the checks cannot drift apart.
 */
export function defineRoute<R extends RouteConfig & Documented>(config: R) {
  const query = config.request?.query;
  return createRoute({ ...config, middleware: [strictQuery(config.path, query instanceof z.ZodObject ? query.shape : {})] });
}

/**
 * A route answered by a plain handler (its body is a file's bytes, not a typed value): documented
 * like the others; the handler is registered with strictQuery(path) itself.
 */
export const definePlainRoute = <R extends RouteConfig & Documented>(config: R) => createRoute(config);
