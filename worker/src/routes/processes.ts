import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { list } from "../http/format";
import { totalCount } from "../http/paging";
import { ProcessInfo, processes } from "../lookups/processes";
import { badRequest, formatParam, listOf, tableContent } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  operationId: "listProcesses",
  tags: ["vocabulary"],
  path: "/v1/processes",
  summary: "The three processes and every name the API accepts for them",
  request: { query: z.object({ format: formatParam }) },
  responses: { 200: { description: "formation, resorption, cartilage", content: tableContent(listOf(ProcessInfo)) }, ...badRequest },
});

export const processesRoutes = createRouter().openapi(route, (c) => {
  const rows = processes();
  totalCount(c, rows.length);
  return list(c, "processes", rows, Object.keys(ProcessInfo.shape), { total: rows.length, dataset: dataset().version });
});
