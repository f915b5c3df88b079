import type { Context } from "hono";
import { LIST_SEPARATOR } from "../contract/finding-columns";
import { preferred } from "./accept";
import { BudgetedText, type Narrowing } from "./answer-budget";

export type Format = "json" | "csv" | "tsv";

const mediaTypes: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8; header=present",
  tsv: "text/tab-separated-values; charset=utf-8",
};

const byMediaType = new Map<string, Format>([
  ["application/json", "json"],
  ["text/csv", "csv"],
  ["text/tab-separated-values", "tsv"],
]);
const offered = [...byMediaType.keys()];

/**
 * `?format=` wins; otherwise the Accept header's preference (q-values, any case); JSON when it
 * states none. When it accepts none of the three, JSON too: the caching middleware answers 406.
 */
export function negotiate(c: Context): Format {
  const asked = c.req.query("format")?.trim().toLowerCase();
  if (asked === "csv" || asked === "tsv" || asked === "json") return asked;
  return byMediaType.get(preferred(c.req.header("Accept"), offered) ?? "") ?? "json";
}

function cell(value: unknown): string {
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (value === null || value === undefined) return "";
  return String(value);
}

/** RFC 4180: quote a field that holds a comma, quote or line break; double inner quotes. */
const csvField = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** TSV has no quoting, so tabs and line breaks inside a value become spaces. */
const tsvField = (text: string): string => text.replace(/[\t\r\n]+/g, " ");

/** The rows made from `items` as CSV or TSV with a header row, each line ended by CRLF, within the answer budget. */
function delimited<T>(
  answer: BudgetedText,
  items: readonly T[],
  rowOf: (item: T) => Record<string, unknown>,
  columns: readonly string[],
  format: "csv" | "tsv",
): BudgetedText {
  const field = format === "csv" ? csvField : tsvField;
  const separator = format === "csv" ? "," : "\t";
  answer.text(`${columns.map(field).join(separator)}\r\n`);
  const line = (item: T): string => {
    const row = rowOf(item);
    return columns.map((column) => field(cell(row[column]))).join(separator);
  };
  answer.list(items, line, "\r\n", "row");
  return items.length > 0 ? answer.text("\r\n") : answer;
}

/** What to ask for instead of a list too large for one answer: a page when the route has pages, else fewer rows. */
const narrowingOf = (paged: boolean): Narrowing =>
  paged
    ? {
        param: "limit",
        advice:
          "Ask for it in pages with limit and offset (X-Total-Count gives the rows in all, the Link header the next page), or narrow the filters.",
      }
    : { advice: "Narrow the filters to fewer rows." };

/**
 * Answers a list: `{data, meta}` as JSON, or the rows as CSV/TSV with a header row and lists
 * joined by `|`, named for download (e.g. exo-bone-findings.csv). A list that would exceed the
 * answer budget (a whole CSV of a large dataset) is a 413 that says how to page or narrow it,
 * refused as soon as its rows pass the budget rather than once they are all serialised.
 */
export function list(
  c: Context,
  name: string,
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  meta: Record<string, unknown>,
): Response {
  return listMadeOf(c, name, rows, (row) => row, columns, meta);
}

/**
 * As `list`, with each row made from an item as it is serialised (`rowOf`): a list refused for
 * its size makes none of the rows after the one that passed the budget.
 */
export function listMadeOf<T>(
  c: Context,
  name: string,
  items: readonly T[],
  rowOf: (item: T) => Record<string, unknown>,
  columns: readonly string[],
  meta: Record<string, unknown>,
): Response {
  const format = negotiate(c);
  const answer = new BudgetedText(narrowingOf(meta.limit !== undefined));
  if (format === "json") {
    // JSON.stringify({data: rows, meta}) a row at a time. The type c.json would give, so that
    // budgeting the answer changes none of its headers.
    answer
      .text('{"data":[')
      .list(items, (item) => JSON.stringify(rowOf(item)), ",", "row")
      .text(`],"meta":${JSON.stringify(meta)}}`);
    return c.body(answer.toString(), 200, { "Content-Type": "application/json" });
  }
  const headers = { "Content-Type": mediaTypes[format], "Content-Disposition": `attachment; filename="exo-bone-${name}.${format}"` };
  return c.body(delimited(answer, items, rowOf, columns, format).toString(), 200, headers);
}
