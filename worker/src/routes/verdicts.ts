import { z } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { VerdictRow } from "../dataset/verdict";
import { Verdict } from "../dataset/vocabulary";
import { list } from "../http/format";
import { totalCount } from "../http/paging";
import { verdicts } from "../lookups/verdicts";
import { badRequest, choiceParam, formatParam, listOf, listParam, processParam, sourceParam, tableContent } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const route = defineRoute({
  method: "get",
  path: "/v1/verdicts",
  operationId: "listVerdicts",
  tags: ["verdicts"],
  summary: "The review's own verdict on each source × process, with the passage it rests on",
  description:
    "verdicts.tsv as an API: the verdict, its basis (a figure, a section summary or the text), the quote and a note. Filters combine with AND; a list filter matches any of its values.",
  request: {
    query: z.object({
      source: listParam(sourceParam, "Sources: code, full name or alias"),
      process: listParam(processParam, "Processes: formation, resorption, cartilage or an alias"),
      verdict: listParam(choiceParam(Verdict, "verdict"), "Verdicts: promotes, inhibits, mixed, not_studied, no_data"),
      format: formatParam,
    }),
  },
  responses: { 200: { description: "Verdict rows in file order", content: tableContent(listOf(VerdictRow)) }, ...badRequest },
});

export const verdictsRoutes = createRouter().openapi(route, (c) => {
  const ds = dataset();
  const rows = verdicts(ds, c.req.valid("query"));
  totalCount(c, rows.length);
  return list(c, "verdicts", rows, Object.keys(VerdictRow.shape), { total: rows.length, dataset: ds.version });
});
