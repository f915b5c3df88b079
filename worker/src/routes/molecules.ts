import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { MoleculeType } from "../dataset/vocabulary";
import { list } from "../http/format";
import { totalCount } from "../http/paging";
import { MoleculeCount, molecules } from "../lookups/molecules";
import { badRequest, choiceParam, formatParam, listOf, listParam, processParam, sourceParam, tableContent } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  operationId: "listMolecules",
  tags: ["molecules"],
  path: "/v1/molecules",
  summary: "Cargo molecules with their finding counts",
  request: {
    query: z.object({
      type: listParam(choiceParam(MoleculeType, "type"), "Molecule types: miRNA, lncRNA, circRNA, protein, other"),
      source: listParam(sourceParam, "Only cargo of these sources: code, full name or alias"),
      process: listParam(processParam, "Only cargo acting on these processes"),
      format: formatParam,
    }),
  },
  responses: {
    200: { description: "Molecules named as cargo by at least one matching finding", content: tableContent(listOf(MoleculeCount)) },
    ...badRequest,
  },
});

export const moleculesRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const rows = molecules(ds, c.req.valid("query"));
  totalCount(c, rows.length);
  return list(c, "molecules", rows, Object.keys(MoleculeCount.shape), { total: rows.length, dataset: ds.version });
});
