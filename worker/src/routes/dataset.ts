import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { DatasetInfo, datasetInfo } from "../lookups/dataset-info";
import { jsonOnlyParam, ownCaching } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const infoRoute = defineRoute({
  method: "get",
  operationId: "getDataset",
  tags: ["dataset"],
  path: "/v1/dataset",
  summary: "The dataset's name, version, source review, license and counts",
  request: { query: z.object({ format: jsonOnlyParam }) },
  responses: { 200: { description: "About the dataset", content: { "application/json": { schema: DatasetInfo } } } },
});

// Liveness must be asked of the Worker itself each time, never of a cache.
const LIVENESS_CACHING = "no-store";

const healthRoute = defineRoute({
  method: "get",
  operationId: "getHealth",
  tags: ["service"],
  path: "/healthz",
  summary: "Liveness: the Worker answers and its dataset is loaded",
  request: { query: z.object({ format: jsonOnlyParam }) },
  responses: {
    200: {
      description: "Alive",
      headers: ownCaching(LIVENESS_CACHING, "Never kept by a cache: each request asks the Worker itself"),
      content: { "application/json": { schema: z.object({ status: z.literal("ok"), dataset: z.string() }) } },
    },
  },
});

export const datasetRoutes = createRouter()
  .openapi(infoRoute, (c) => c.json(datasetInfo(dataset()), 200))
  .openapi(healthRoute, (c) => c.json({ status: "ok" as const, dataset: dataset().version }, 200, { "Cache-Control": LIVENESS_CACHING }));
