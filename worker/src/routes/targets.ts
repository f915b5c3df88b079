import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { TargetKind } from "../dataset/vocabulary";
import { list } from "../http/format";
import { totalCount } from "../http/paging";
import { TargetCount, targetList } from "../lookups/target-list";
import { badRequest, choiceParam, formatParam, listOf, listParam, processParam, sourceParam, tableContent } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  path: "/v1/targets",
  operationId: "listTargets",
  tags: ["molecules"],
  summary: "Targets (genes, miRNAs, pathways, processes, complexes, families) with their identifiers and finding counts",
  request: {
    query: z.object({
      kind: listParam(choiceParam(TargetKind, "kind"), "Kinds: gene/protein, miRNA, pathway or axis, biological process, complex, family"),
      source: listParam(sourceParam, "Only targets of these sources' findings: code, full name or alias"),
      process: listParam(processParam, "Only targets of findings on these processes"),
      format: formatParam,
    }),
  },
  responses: {
    200: { description: "Targets named by at least one matching finding", content: tableContent(listOf(TargetCount)) },
    ...badRequest,
  },
});

export const targetsRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const rows = targetList(ds, c.req.valid("query"));
  totalCount(c, rows.length);
  return list(c, "targets", rows, Object.keys(TargetCount.shape), { total: rows.length, dataset: ds.version });
});
