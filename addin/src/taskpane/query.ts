/** What the query builder asks for; saved with the workbook so a table can be refreshed. */
export interface FindingsQuery {
  /** Source codes; none means every source. */
  sources: string[];
  process?: string;
  direction?: string;
  /** Cargo molecule type (miRNA, lncRNA, …). */
  type?: string;
  /** Free text over molecules, targets, recipients, context, quote and note. */
  q?: string;
}

/** The /v1/findings path for one page of a query. */
export function findingsPath(query: FindingsQuery, page: { limit: number; offset?: number }): string {
  const params = new URLSearchParams();
  if (query.sources.length > 0) params.set("source", query.sources.join(","));
  if (query.process) params.set("process", query.process);
  if (query.direction) params.set("direction", query.direction);
  if (query.type) params.set("type", query.type);
  const q = query.q?.trim();
  if (q) params.set("q", q);
  params.set("limit", String(page.limit));
  if (page.offset) params.set("offset", String(page.offset));
  return `/v1/findings?${params}`;
}

/** A query in a few words, for table names and messages: "OC cartilage inhibits". */
export function queryWords(query: FindingsQuery): string[] {
  const q = query.q?.trim();
  return [...(query.sources.length > 0 ? query.sources : ["all"]), query.process, query.direction, query.type, q].filter(
    (word): word is string => typeof word === "string" && word !== "",
  );
}

/** The whole answer of a query as CSV from the API: what the caption cites and "Download CSV" fetches. */
export function csvUrl(origin: string, query: FindingsQuery): string {
  const url = new URL(findingsPath(query, { limit: 0 }), origin);
  url.searchParams.delete("limit");
  url.searchParams.set("format", "csv");
  return url.href;
}

const quoted = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;

/**
 * One line of R that reads the query's rows into a data frame, every column as text as the file
 * has it: R would read a column that is blank in every row of the query as logical NA.
 */
export const rLine = (url: string): string => `findings <- read.csv(${quoted(url)}, encoding = "UTF-8", colClasses = "character")`;

/**
 * One line of Python that reads the query's rows into a pandas DataFrame; blank cells stay "" (as
 * in R and the JSON), not NaN.
 */
export const pandasLine = (url: string): string => `findings = pandas.read_csv(${quoted(url)}, keep_default_na=False)`;

/** Excel's string literal: double quotes doubled. */
const excelText = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The EXO.FINDINGS formula that gives the same rows: EXO.FINDINGS([source], [process], [direction],
 * [type], [text]), several sources separated by commas, blank arguments left out.
 */
export function findingsFormula(query: FindingsQuery): string {
  const args = [query.sources.join(","), query.process, query.direction, query.type, query.q?.trim()].map((arg) =>
    arg ? excelText(arg) : "",
  );
  // Trailing blanks go; not .at(-1), which Safari before 15.4 (Excel on older Macs) lacks.
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `=EXO.FINDINGS(${args.join(",")})`;
}
