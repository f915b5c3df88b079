import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { Basis } from "../dataset/vocabulary";
import { Effect, effect } from "../lookups/effect";
import { badRequest, choiceParam, jsonOnlyParam, optionalParam, processParam, requiredParam, sourceParam } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  operationId: "getEffect",
  tags: ["verdicts"],
  path: "/v1/effect",
  summary: "How one source's exosomes act on one process",
  description:
    "basis=review (default) gives the review's own verdict; basis=evidence derives it from the findings alone. Both come with the evidence counts and the finding ids.",
  request: {
    query: z.object({
      source: requiredParam(sourceParam),
      process: requiredParam(processParam),
      basis: optionalParam(choiceParam(Basis, "basis")),
      format: jsonOnlyParam,
    }),
  },
  responses: { 200: { description: "The verdict with its evidence", content: { "application/json": { schema: Effect } } }, ...badRequest },
});

export const effectRoutes = createRouter().openapi(route, (c) => {
  const { source, process, basis } = c.req.valid("query");
  return c.json(effect(dataset(), { source, process, basis }), 200);
});
