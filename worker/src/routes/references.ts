import { z } from "@hono/zod-openapi";
import { MAX_LIST_LIMIT } from "../contract/limits";
import { dataset } from "../dataset/embedded";
import { listMadeOf } from "../http/format";
import { listPage } from "../http/paging";
import { CitedReference, citedReference } from "../lookups/references";
import { badRequest, formatParam, listOf, PagedMeta, pageParams, pagingRule, tableContent } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const columns = Object.keys(CitedReference.shape);

const route = defineRoute({
  method: "get",
  operationId: "listReferences",
  tags: ["references"],
  path: "/v1/references",
  summary: "The works the review cites, with the findings that cite them",
  description: `In the order of references.tsv. ${pagingRule("works")} To read every work: ?format=csv (or tsv), or follow meta.next.`,
  request: { query: z.object({ ...pageParams(MAX_LIST_LIMIT), format: formatParam }) },
  responses: { 200: { description: "Cited works", content: tableContent(listOf(CitedReference, PagedMeta)) }, ...badRequest },
});

export const referencesRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  // The page is cut from the table first, and each row is made as it is written, so a request
  // builds only the rows it answers, and a whole CSV refused for its size stops making them there.
  const { rows, meta } = listPage(c, ds.references, c.req.valid("query"));
  return listMadeOf(c, "references", rows, (reference) => citedReference(ds, reference), columns, { ...meta, dataset: ds.version });
});
