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
