import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { Basis } from "../dataset/vocabulary";
import { list } from "../http/format";
import { totalCount } from "../http/paging";
import { MatrixRow, matrix } from "../lookups/matrix";
import { badRequest, choiceParam, formatParam, listOf, optionalParam, tableContent } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  operationId: "getMatrix",
  tags: ["verdicts"],
  path: "/v1/matrix",
  summary: "Every source × process verdict (Figures 1–3 as data)",
  request: {
    query: z.object({
      basis: optionalParam(choiceParam(Basis, "basis")),
      format: formatParam,
    }),
  },
  responses: {
    200: { description: "One row per source, one column per process", content: tableContent(listOf(MatrixRow)) },
    ...badRequest,
  },
});

export const matrixRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const rows = matrix(ds, { basis: c.req.valid("query").basis });
  totalCount(c, rows.length);
  return list(c, "matrix", rows, Object.keys(MatrixRow.shape), { total: rows.length, dataset: ds.version });
});
