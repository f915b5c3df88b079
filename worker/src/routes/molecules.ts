import { z } from "@hono/zod-openapi";
import { MAX_LIST_LIMIT } from "../contract/limits";
import { dataset } from "../dataset/embedded";
import { MoleculeType } from "../dataset/vocabulary";
import { list } from "../http/format";
import { listPage } from "../http/paging";
import { MoleculeCount, molecules } from "../lookups/molecules";
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
  operationId: "listMolecules",
  tags: ["molecules"],
  path: "/v1/molecules",
  summary: "Cargo molecules with their finding counts",
  description: `Filters combine with AND; a list filter matches any of its values. In the order of molecules.tsv. ${pagingRule("molecules")}`,
  request: {
    query: z.object({
      type: listParam(choiceParam(MoleculeType, "type"), "Molecule types: miRNA, lncRNA, circRNA, protein, other"),
      source: listParam(sourceParam, "Only cargo of these sources: code, full name or alias"),
      process: listParam(processParam, "Only cargo acting on these processes"),
      ...pageParams(MAX_LIST_LIMIT),
      format: formatParam,
    }),
  },
  responses: {
    200: {
      description: "Molecules named as cargo by at least one matching finding",
      content: tableContent(listOf(MoleculeCount, PagedMeta)),
    },
    ...badRequest,
  },
});

export const moleculesRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const query = c.req.valid("query");
  const { rows, meta } = listPage(c, molecules(ds, query), query);
  return list(c, "molecules", rows, Object.keys(MoleculeCount.shape), { ...meta, dataset: ds.version });
});
