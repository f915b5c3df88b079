import { z } from "@hono/zod-openapi";
import { Problem } from "../http/problem";

/** Longest value any parameter takes: far above every real name, low enough to refuse junk early. */
export const MAX_PARAM = 200;

export const nameParam = (description: string, example?: string) =>
  z.string().min(1).max(MAX_PARAM).openapi({ description, ...(example ? { example } : {}) });

export const sourceParam = nameParam("A source: its code in any case (OC), full name (osteoclast) or any alias the review uses (OC-Exos)", "OC");
export const processParam = nameParam("formation, resorption or cartilage, or an alias: bone formation, osteogenesis, bone resorption, osteoclastogenesis, cartilage metabolism", "cartilage");

export const formatParam = z
  .enum(["json", "csv", "tsv"])
  .optional()
  .openapi({ description: "json (default), csv or tsv; the Accept header text/csv or text/tab-separated-values works too" });

/** Routes that answer one object, not a table, offer JSON only; CSV/TSV belong to the list routes. */
export const jsonOnlyParam = z
  .enum(["json"], { error: "this route answers one JSON object, not a table; CSV and TSV are offered by the list routes such as /v1/findings" })
  .optional()
  .openapi({ description: "json only" });

export const DatasetMeta = z.object({ total: z.number().int(), dataset: z.string() });

/** `{data, meta}`: the JSON shape of every list route. */
export const listOf = <T extends z.ZodType>(item: T, meta: z.ZodObject = DatasetMeta) => z.object({ data: z.array(item), meta });

const problemContent = { "application/problem+json": { schema: Problem } };

/** The 400 answer every route with parameters can give (beside notFound, the 404). */
export const badRequest = {
  400: { description: "A parameter is invalid; `errors` names it, what is allowed and the closest match", content: problemContent },
} as const;

export const notFound = { 404: { description: "No such record", content: problemContent } } as const;

/** JSON by default, or the same rows as CSV/TSV with a header row. */
export const tableContent = <T extends z.ZodType>(schema: T) => ({
  "application/json": { schema },
  "text/csv": { schema: z.string().openapi({ description: "Header row, then one line per row; lists joined by |" }) },
  "text/tab-separated-values": { schema: z.string() },
});
