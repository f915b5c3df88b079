import { type Api, answers, read } from "./api";
import { type FindingsQuery, findingsPath } from "./query";

/** Each filter of a query, and the query without it. */
function loosened(query: FindingsQuery): [string, FindingsQuery][] {
  const found: [string, FindingsQuery][] = [];
  if (query.sources.length > 0) found.push([`the sources (${query.sources.join(", ")})`, { ...query, sources: [] }]);
  if (query.process) found.push([`the process (${query.process})`, { ...query, process: undefined }]);
  if (query.direction) found.push([`the direction (${query.direction.replace("_", " ")})`, { ...query, direction: undefined }]);
  if (query.type) found.push([`the molecule type (${query.type})`, { ...query, type: undefined }]);
  if (query.q) found.push([`the free text "${query.q}"`, { ...query, q: undefined }]);
  return found;
}

/**
 * When nothing matches, which filter to loosen: the service counts the query without each filter in
 * turn, so the advice names filters that really would give rows, with how many.
 */
export async function emptyAdvice(api: Api, query: FindingsQuery): Promise<string> {
  const counts = await Promise.all(
    loosened(query).map(
      async ([name, without]) => [name, (await read(api, findingsPath(without, { limit: 1 }), answers.findings)).meta.total] as const,
    ),
  );
  const helpful = counts.filter(([, total]) => total > 0).sort((a, b) => b[1] - a[1]);
  if (helpful.length === 0) return "No finding matches. No single filter is to blame: loosen several, or Reset all filters.";
  return `No finding matches. Loosen ${helpful.map(([name, total]) => `${name}: without it, ${total} would`).join("; or ")}.`;
}
