import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { Source } from "../dataset/source";
import { list } from "../http/format";
import { totalCount } from "../http/paging";
import { LookupError } from "../lookups/lookup-error";
import { resolveSource } from "../lookups/names";
import { badRequest, formatParam, jsonOnlyParam, listOf, notFound, sourceParam, tableContent } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const columns = Object.keys(Source.shape);

const listRoute = defineRoute({
  method: "get",
  path: "/v1/sources",
  operationId: "listSources",
  tags: ["sources"],
  summary: "Every cell type whose exosomes the review discusses",
  request: { query: z.object({ format: formatParam }) },
  responses: {
    200: { description: "The sources with names, groups, aliases and Cell Ontology ids", content: tableContent(listOf(Source)) },
    ...badRequest,
  },
});

const oneRoute = defineRoute({
  method: "get",
  path: "/v1/sources/{code}",
  operationId: "getSource",
  tags: ["sources"],
  summary: "One source by code, full name or alias",
  request: { params: z.object({ code: sourceParam }), query: z.object({ format: jsonOnlyParam }) },
  responses: { 200: { description: "The source", content: { "application/json": { schema: Source } } }, ...badRequest, ...notFound },
});

export const sourcesRoutes = createRouter()
  .openapi(listRoute, (c) => {
    const ds = dataset();
    totalCount(c, ds.sources.length);
    return list(c, "sources", ds.sources, columns, { total: ds.sources.length, dataset: ds.version });
  })
  .openapi(oneRoute, (c) => {
    try {
      return c.json(resolveSource(dataset(), c.req.valid("param").code, "code"), 200);
    } catch (error) {
      // A name in the path that matches no source is a missing resource (404), not a bad parameter.
      if (error instanceof LookupError) throw new LookupError("not_found", error.param, error.message, error.allowed, error.suggestion);
      throw error;
    }
  });
