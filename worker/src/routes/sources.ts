import { createRoute, z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { Source } from "../dataset/source";
import { list } from "../http/format";
import { resolveSource } from "../lookups/names";
import { formatParam, listOf, notFound, badRequest, sourceParam, tableContent } from "./params";
import { createRouter } from "./router";

const columns = Object.keys(Source.shape);

const listRoute = createRoute({
  method: "get",
  path: "/v1/sources",
  summary: "Every cell type whose exosomes the review discusses",
  request: { query: z.object({ format: formatParam }) },
  responses: { 200: { description: "The sources with names, groups, aliases and Cell Ontology ids", content: tableContent(listOf(Source)) }, ...badRequest },
});

const oneRoute = createRoute({
  method: "get",
  path: "/v1/sources/{code}",
  summary: "One source by code, full name or alias",
  request: { params: z.object({ code: sourceParam }) },
  responses: { 200: { description: "The source", content: { "application/json": { schema: Source } } }, ...badRequest, ...notFound },
});

export const sourcesRoutes = createRouter()
  .openapi(listRoute, (c) => {
    const ds = dataset();
    return list(c, "sources", ds.sources, columns, { total: ds.sources.length, dataset: ds.version });
  })
  .openapi(oneRoute, (c) => c.json(resolveSource(dataset(), c.req.valid("param").code, "code"), 200));
