import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { Network, network } from "../lookups/network";
import { badRequest, jsonOnlyParam } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  operationId: "getNetwork",
  tags: ["findings"],
  path: "/v1/network",
  summary: "The findings as a graph for Cytoscape: source → molecule → target → process",
  request: { query: z.object({ format: jsonOnlyParam }) },
  responses: { 200: { description: "Cytoscape.js elements JSON", content: { "application/json": { schema: Network } } }, ...badRequest },
});

export const networkRoutes = createRouter().openapi(route, (c) => c.json(network(dataset()), 200));
