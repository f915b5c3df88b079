import { OpenAPIHono } from "@hono/zod-openapi";
import type { HonoOptions } from "hono/hono-base";
import { invalidRequest } from "../http/problem";

type AppEnv = { Bindings: Env };

/**
 * A router whose request validation answers with a problem document naming each bad parameter,
 * so every route fails the same way. `router` is Hono's matcher (the app's own; a group of routes
 * keeps the default, which only records what the app takes over).
 */
export function createRouter(router?: HonoOptions<AppEnv>["router"]): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    ...(router ? { router } : {}),
    defaultHook: (result, c) => (result.success ? undefined : invalidRequest(c, result.error)),
  });
}
