import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { AnswerTooLarge, BudgetedText, itemOf, MAX_ANSWER_BYTES, type Narrowing } from "../http/answer-budget";
import { GraphTooLarge, Network, network } from "../lookups/network";
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
  const narrowing: Narrowing = {
    param: source === undefined ? "source" : "process",
    advice: "Ask for the graph of fewer findings: give source (one or more cell types) and process, as on /v1/findings.",
  };
  let graph: Network;
  try {
    graph = network(dataset(), { source, process }, MAX_ANSWER_BYTES);
  } catch (error) {
    if (error instanceof GraphTooLarge) throw new AnswerTooLarge(itemOf("finding", error.at, error.of), narrowing);
    throw error;
  }
  const { nodes, edges } = graph.elements;
  // JSON.stringify(graph) a node and an edge at a time, so that a graph over the budget stops there.
  const answer = new BudgetedText(narrowing)
    .text('{"elements":{"nodes":[')
    .list(nodes, (n) => JSON.stringify(n), ",", "node")
    .text('],"edges":[')
    .list(edges, (e) => JSON.stringify(e), ",", "edge")
    .text("]}}");
  // The type c.json would give, so that budgeting the answer changes none of its headers.
  return c.body(answer.toString(), 200, { "Content-Type": "application/json" });
});
