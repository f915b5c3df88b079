import { z } from "@hono/zod-openapi";
import { JSON_PAGE, PageMeta } from "../http/paging";
import { Problem } from "../http/problem";
import { RetiredProblem } from "../http/retired-problem";
import { nearest } from "../lookups/nearest";

/**
 * Query parameters follow one rule on every route, declared here and checked by strictQuery:
 * - an empty value (`source=`) counts as leaving the parameter out;
 * - a parameter that takes one value may appear once;
 * - a list parameter takes repetition or commas alike (`source=OC,OB` = `source=OC&source=OB`);
 * - a closed vocabulary (direction, format, …) is matched case-insensitively;
 * - an integer is plain decimal digits (no sign, exponent, spaces or hex).
 */

/** Longest value any parameter takes: far above every real name, low enough to refuse junk early. */
export const MAX_PARAM = 200;
/** Most items a list parameter takes. */
export const MAX_LIST = 50;

const blankIsAbsent = (value: unknown): unknown => (value === "" ? undefined : value);

/** An optional parameter; an empty value counts as absent. */
export const optionalParam = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema.optional());

/** A required parameter; an empty value is reported as missing. */
export const requiredParam = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema);

export const nameParam = (description: string, example?: string) =>
  z
    .string()
    .max(MAX_PARAM)
    .openapi({ description, ...(example ? { example } : {}) });

export const sourceParam = nameParam(
  "A source: its code in any case (OC), full name (osteoclast) or any alias the review uses (OC-Exos)",
  "OC",
);
export const processParam = nameParam(
  "formation, resorption or cartilage, or an alias: bone formation, osteogenesis, bone resorption, osteoclastogenesis, cartilage metabolism",
  "cartilage",
);

const listSchemas = new WeakSet<z.ZodType>();

/** Whether a declared parameter takes several values (repetition or commas). */
export const isListParam = (schema: z.ZodType): boolean => listSchemas.has(schema);

/** A list parameter: repeated and comma-separated values are the same; empty items are dropped. */
export function listParam<T extends z.ZodType>(item: T, description: string) {
  const schema = z
    .preprocess((value) => {
      if (value === undefined) return undefined;
      const items = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === "string" ? v.split(",") : [v]));
      const kept = items.map((v) => (typeof v === "string" ? v.trim() : v)).filter((v) => v !== "");
      return kept.length === 0 ? undefined : kept;
    }, z.array(item).max(MAX_LIST).optional())
    .openapi({ description: `${description}. Several values: repeat the parameter or separate them with commas.` });
  listSchemas.add(schema);
  return schema;
}

/** The canonical spelling of a closed-vocabulary value: case, spaces and hyphens do not matter. */
const vocabularyKey = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/**
 * A closed vocabulary, matched case-insensitively, documented as a reference to its enum; a value
 * outside it is named with the closest choice.
 */
export function choiceParam<const T extends readonly [string, ...string[]]>(choices: z.ZodEnum<{ [K in T[number]]: K }>, param: string) {
  // An empty value means "not given" (see optionalParam), so "" is never a choice to offer.
  const options: readonly string[] = choices.options.filter((option) => option !== "");
  return z.preprocess((value, ctx) => {
    if (typeof value !== "string") return value;
    const found = options.find((option) => vocabularyKey(option) === vocabularyKey(value));
    if (found !== undefined) return found;
    const suggestion = nearest(value, options);
    ctx.addIssue({
      code: "custom",
      message: `"${value.slice(0, 60)}" is not a valid ${param}.${suggestion ? ` Did you mean ${suggestion}?` : ""} Use one of: ${options.join(", ")}.`,
      params: { allowed: options, ...(suggestion ? { suggestion } : {}) },
    });
    return value;
  }, choices);
}

/** A non-negative integer written as plain decimal digits, within bounds. */
export const integerParam = (min: number, max: number, description: string) =>
  z
    .string()
    .regex(/^[0-9]{1,9}$/, `must be a whole number written as plain digits (like 100), from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .openapi({ type: "integer", minimum: min, maximum: max, description });

export const Format = z.enum(["json", "csv", "tsv"]).openapi("Format", {
  description: "json (default), csv or tsv (any case); the Accept header text/csv or text/tab-separated-values works too",
});
export const formatParam = optionalParam(choiceParam(Format, "format"));

/** Routes that answer one object, not a table, offer JSON only; CSV/TSV belong to the list routes. */
const JsonOnly = z.enum(["json"]).openapi("JsonOnly", {
  description:
    "json only: this route answers one JSON object, not a table; CSV and TSV are offered by the list routes such as /v1/findings",
});
export const jsonOnlyParam = optionalParam(choiceParam(JsonOnly, "format"));

export const DatasetMeta = z.object({ total: z.number().int(), dataset: z.string() });

/** The meta of a paged list: where this page is among all rows, and the dataset version. */
export const PagedMeta = PageMeta.extend({ dataset: z.string() });

/** `limit` and `offset`, the same on every paged list; `limit` at most `max`. */
export const pageParams = (max: number) => ({
  limit: optionalParam(integerParam(1, max, `Rows per page, 1–${max} (JSON default ${JSON_PAGE}; CSV/TSV default: all)`)),
  offset: optionalParam(integerParam(0, 1_000_000, "Rows to skip (default 0)")),
});

/** What a paged list route says about its pages, for its OpenAPI description. */
export const pagingRule = (rows: string): string =>
  `JSON answers a page of ${JSON_PAGE} ${rows} by default (limit and offset choose another); CSV and TSV answer them all unless limit or offset is given. Every answer carries X-Total-Count, and a Link header (rel next/prev; meta.next/meta.prev in JSON) when there are more pages.`;

/** `{data, meta}`: the JSON shape of every list route. */
export const listOf = <T extends z.ZodType>(item: T, meta: z.ZodObject = DatasetMeta) => z.object({ data: z.array(item), meta });

const problemContent = { "application/problem+json": { schema: Problem } };

/** The error answers every route with parameters can give. */
export const badRequest = {
  400: {
    description: "A parameter is invalid or unknown; `errors` names it, what is allowed and the closest match",
    content: problemContent,
  },
} as const;

export const notFound = { 404: { description: "No such record; the detail suggests the closest one", content: problemContent } } as const;

export const gone = {
  410: {
    description:
      "The record was retired in an earlier dataset release; the detail says in which version, why, and what to do. `errors[].replaced_by` links the current findings that carry its claim (empty when none does)",
    content: { "application/problem+json": { schema: RetiredProblem } },
  },
} as const;

/**
 * The success headers of a route that sets its own Cache-Control: the caching middleware gives
 * such an answer no ETag and keeps no copy, so its document entry promises no ETag and no 304.
 */
export const ownCaching = (cacheControl: string, why: string) =>
  z.object({ "Cache-Control": z.literal(cacheControl).openapi({ description: why }) });

/** JSON by default, or the same rows as CSV/TSV with a header row. */
export const tableContent = <T extends z.ZodType>(schema: T) => ({
  "application/json": { schema },
  "text/csv": { schema: z.string().openapi({ description: "Header row, then one line per row; lists joined by |" }) },
  "text/tab-separated-values": { schema: z.string().openapi({ description: "Header row, then one line per row; lists joined by |" }) },
});
