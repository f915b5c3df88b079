import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { budgetedAnswer } from "../http/answer-budget";
import { Network, network } from "../lookups/network";
import { badRequest, jsonOnlyParam, listParam, processParam, sourceParam } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  operationId: "getNetwork",
  tags: ["findings"],
  path: "/v1/network",
  summary: "The findings as a graph for Cytoscape: source → molecule → target → process",
  description:
    "Every finding's path source → cargo → targets → process, or only the findings of the sources and processes asked for (they combine with AND, as on /v1/findings). The graph has no pages: one that would exceed 4 MiB is a 413 that asks for these filters.",
  request: {
    query: z.object({
      source: listParam(sourceParam, "Only the findings of these sources: code, full name or alias"),
      process: listParam(processParam, "Only the findings about these processes: formation, resorption, cartilage or an alias"),
      format: jsonOnlyParam,
    }),
  },
  responses: {
    200: { description: "Cytoscape.js elements JSON", content: { "application/json": { schema: Network } } },
    ...badRequest,
    // Its problem body comes with the document's shared ContentTooLarge response (openapi-document.ts).
    413: { description: "The graph would exceed 4 MiB: ask for fewer sources or processes" },
  },
});

export const networkRoutes = createRouter().openapi(route, (c) => {
  const { source, process } = c.req.valid("query");
  const graph = network(dataset(), { source, process });
  // The type c.json would give, so that budgeting the answer changes none of its headers.
  return budgetedAnswer(
    c,
    JSON.stringify(graph),
    { "Content-Type": "application/json" },
    {
      param: source === undefined ? "source" : "process",
      advice: "Ask for the graph of fewer findings: give source (one or more cell types) and process, as on /v1/findings.",
    },
  );
});
