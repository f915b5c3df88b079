import { createRoute, z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { list } from "../http/format";
import { TargetCount, targetList } from "../lookups/target-list";
import { formatParam, listOf, nameParam, badRequest, processParam, sourceParam, tableContent } from "./params";
import { createRouter } from "./router";

const route = createRoute({
  method: "get",
  path: "/v1/targets",
  summary: "Targets (genes, miRNAs, pathways, processes, complexes, families) with their identifiers and finding counts",
  request: {
    query: z.object({
      kind: nameParam("gene/protein, miRNA, pathway or axis, biological process, complex or family", "gene/protein").optional(),
      source: sourceParam.optional(),
      process: processParam.optional(),
      format: formatParam,
    }),
  },
  responses: { 200: { description: "Targets named by at least one matching finding", content: tableContent(listOf(TargetCount)) }, ...badRequest },
});

export const targetsRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const rows = targetList(ds, c.req.valid("query"));
  return list(c, "targets", rows, Object.keys(TargetCount.shape), { total: rows.length, dataset: ds.version });
});
