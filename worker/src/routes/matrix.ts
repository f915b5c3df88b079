import { createRoute, z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { list } from "../http/format";
import { MatrixRow, matrix } from "../lookups/matrix";
import { formatParam, listOf, badRequest, tableContent } from "./params";
import { createRouter } from "./router";

const route = createRoute({
  method: "get",
  path: "/v1/matrix",
  summary: "Every source × process verdict (Figures 1–3 as data)",
  request: {
    query: z.object({
      basis: z.string().max(20).optional().openapi({ description: "review (default) or evidence", example: "review" }),
      format: formatParam,
    }),
  },
  responses: { 200: { description: "One row per source, one column per process", content: tableContent(listOf(MatrixRow)) }, ...badRequest },
});

export const matrixRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const rows = matrix(ds, { basis: c.req.valid("query").basis });
  return list(c, "matrix", rows, Object.keys(MatrixRow.shape), { total: rows.length, dataset: ds.version });
});
