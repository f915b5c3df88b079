import { OpenAPIHono } from "@hono/zod-openapi";
import { invalidRequest } from "../http/problem";

/**
 * A router whose request validation answers with a problem document naming each bad parameter,
 * so every route fails the same way.
 */
export function createRouter(): OpenAPIHono<{ Bindings: Env }> {
  return new OpenAPIHono<{ Bindings: Env }>({
    defaultHook: (result, c) => (result.success ? undefined : invalidRequest(c, result.error)),
  });
}
