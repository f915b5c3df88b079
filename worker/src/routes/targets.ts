import { z } from "@hono/zod-openapi";
import { MAX_LIST_LIMIT } from "../contract/limits";
import { dataset } from "../dataset/embedded";
import { TargetKind } from "../dataset/vocabulary";
import { list } from "../http/format";
import { listPage } from "../http/paging";
import { TargetCount, targetList } from "../lookups/target-list";
import {
  badRequest,
  choiceParam,
  formatParam,
  listOf,
  listParam,
  PagedMeta,
  pageParams,
  pagingRule,
  processParam,
  sourceParam,
  tableContent,
} from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  path: "/v1/targets",
  operationId: "listTargets",
  tags: ["molecules"],
  summary: "Targets (genes, miRNAs, pathways, processes, complexes, families) with their identifiers and finding counts",
  description: `Filters combine with AND; a list filter matches any of its values. In the order of targets.tsv. ${pagingRule("targets")}`,
  request: {
    query: z.object({
      kind: listParam(choiceParam(TargetKind, "kind"), "Kinds: gene/protein, miRNA, pathway or axis, biological process, complex, family"),
      source: listParam(sourceParam, "Only targets of these sources' findings: code, full name or alias"),
      process: listParam(processParam, "Only targets of findings on these processes"),
      ...pageParams(MAX_LIST_LIMIT),
      format: formatParam,
    }),
  },
  responses: {
    200: { description: "Targets named by at least one matching finding", content: tableContent(listOf(TargetCount, PagedMeta)) },
    ...badRequest,
  },
});

export const targetsRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const query = c.req.valid("query");
  const { rows, meta } = listPage(c, targetList(ds, query), query);
  return list(c, "targets", rows, Object.keys(TargetCount.shape), { ...meta, dataset: ds.version });
});
