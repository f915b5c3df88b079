import { createRoute, z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { list } from "../http/format";
import { MoleculeCount, molecules } from "../lookups/molecules";
import { formatParam, listOf, nameParam, badRequest, processParam, sourceParam, tableContent } from "./params";
import { createRouter } from "./router";

const route = createRoute({
  method: "get",
  path: "/v1/molecules",
  summary: "Cargo molecules with their finding counts",
  request: {
    query: z.object({
      type: nameParam("miRNA, lncRNA, circRNA, protein or other", "miRNA").optional(),
      source: sourceParam.optional(),
      process: processParam.optional(),
      format: formatParam,
    }),
  },
  responses: { 200: { description: "Molecules named as cargo by at least one matching finding", content: tableContent(listOf(MoleculeCount)) }, ...badRequest },
});

export const moleculesRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const rows = molecules(ds, c.req.valid("query"));
  return list(c, "molecules", rows, Object.keys(MoleculeCount.shape), { total: rows.length, dataset: ds.version });
});
