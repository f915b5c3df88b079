import { z } from "@hono/zod-openapi";
import { CellLine } from "../dataset/cell-line";
import { dataset } from "../dataset/embedded";
import { list } from "../http/format";
import { totalCount } from "../http/paging";
import { cellLines } from "../lookups/cell-lines";
import { badRequest, formatParam, listOf, listParam, nameParam, optionalParam, sourceParam, tableContent } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  path: "/v1/cell-lines",
  operationId: "listCellLines",
  tags: ["sources"],
  summary: "The cell lines the review names, with the cell type each stands for",
  request: {
    query: z.object({
      source: listParam(sourceParam, "Only lines that model these sources: code, full name or alias"),
      species: optionalParam(nameParam("Only lines of this species (human, mouse, rat…), case-insensitive", "mouse")),
      format: formatParam,
    }),
  },
  responses: {
    200: { description: "Cell lines in file order, with Cellosaurus accessions where verified", content: tableContent(listOf(CellLine)) },
    ...badRequest,
  },
});

export const cellLinesRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const rows = cellLines(ds, c.req.valid("query"));
  totalCount(c, rows.length);
  return list(c, "cell-lines", rows, Object.keys(CellLine.shape), { total: rows.length, dataset: ds.version });
});
