import { createRoute, z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { Effect, effect } from "../lookups/effect";
import { jsonOnlyParam, processParam, badRequest, sourceParam } from "./params";
import { createRouter } from "./router";

const route = createRoute({
  method: "get",
  path: "/v1/effect",
  summary: "How one source's exosomes act on one process",
  description: "basis=review (default) gives the review's own verdict; basis=evidence derives it from the findings alone. Both come with the evidence counts and the finding ids.",
  request: {
    query: z.object({
      source: sourceParam,
      process: processParam,
      basis: z.string().max(20).optional().openapi({ description: "review (default) or evidence", example: "review" }),
      format: jsonOnlyParam,
    }),
  },
  responses: { 200: { description: "The verdict with its evidence", content: { "application/json": { schema: Effect } } }, ...badRequest },
});

export const effectRoutes = createRouter().openapi(route, (c) => {
  const { source, process, basis } = c.req.valid("query");
  return c.json(effect(dataset(), { source, process, basis }), 200);
});
