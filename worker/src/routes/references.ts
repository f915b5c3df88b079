import { createRoute, z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { list } from "../http/format";
import { CitedReference, references } from "../lookups/references";
import { formatParam, listOf, badRequest, tableContent } from "./params";
import { createRouter } from "./router";

const route = createRoute({
  method: "get",
  path: "/v1/references",
  summary: "The works the review cites, with the findings that cite them",
  request: { query: z.object({ format: formatParam }) },
  responses: { 200: { description: "Cited works", content: tableContent(listOf(CitedReference)) }, ...badRequest },
});

export const referencesRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const rows = references(ds);
  return list(c, "references", rows, Object.keys(CitedReference.shape), { total: rows.length, dataset: ds.version });
});
