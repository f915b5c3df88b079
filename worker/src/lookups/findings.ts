import { z } from "@hono/zod-openapi";
import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import { nameKey, pairKey, recipientKey } from "../dataset/indexes";
import { DIRECTIONS, MOLECULE_TYPES } from "../contract/vocabulary";
import { resolveChoice, resolveMolecule, resolveProcess, resolveSource } from "./names";
import { searchFindings } from "./search";

export const MAX_LIMIT = 1000;

export interface FindingsQuery {
  /** One or more sources (any spelling). */
  source?: string[];
  process?: string;
  direction?: string;
  molecule?: string;
  /** Only findings with a cargo molecule of this type. */
  type?: string;
  target?: string;
  recipient?: string;
  q?: string;
  limit?: number;
  offset?: number;
}

export const FindingsMeta = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  dataset: z.string(),
});

export interface FindingsPage {
  data: Finding[];
  meta: z.infer<typeof FindingsMeta>;
}

/** The smallest indexed set that the query's exact filters allow, before the remaining filters run. */
function candidates(ds: Dataset, query: FindingsQuery): Finding[] {
  const process = query.process === undefined ? undefined : resolveProcess(ds, query.process);
  const sources = (query.source ?? []).map((s) => resolveSource(ds, s).code);
  if (sources.length > 0) {
    const buckets = [...new Set(sources)].map((code) => (process ? ds.index.findingsBySourceProcess.get(pairKey(code, process)) : ds.index.findingsBySource.get(code)) ?? []);
    if (buckets.length === 1) return buckets[0]!;
    return buckets.flat().sort((a, b) => ds.index.position.get(a)! - ds.index.position.get(b)!);
  }
  if (process) return ds.index.findingsByProcess.get(process) ?? [];
  return ds.findings;
}

/** Every finding the query matches: in file order, or best first when `q` is given. */
export function matchingFindings(ds: Dataset, query: FindingsQuery): Finding[] {
  let rows = candidates(ds, query);
  if (query.direction !== undefined) {
    const direction = resolveChoice(query.direction, DIRECTIONS, "direction");
    rows = rows.filter((f) => f.direction === direction);
  }
  if (query.molecule !== undefined) {
    const hits = new Set(ds.index.findingsByMolecule.get(nameKey(resolveMolecule(ds, query.molecule).name)));
    rows = rows.filter((f) => hits.has(f));
  }
  if (query.type !== undefined) {
    const type = resolveChoice(query.type, MOLECULE_TYPES, "type");
    rows = rows.filter((f) => f.cargo.some((name) => ds.index.moleculeByName.get(nameKey(name))?.type === type));
  }
  if (query.target !== undefined) {
    const needle = nameKey(query.target);
    rows = rows.filter((f) => f.targets.some((t) => nameKey(t).includes(needle)));
  }
  if (query.recipient !== undefined) {
    const hits = new Set(ds.index.findingsByRecipient.get(recipientKey(query.recipient, ds.index.sourceByName, ds.index.cellLineByName)));
    rows = rows.filter((f) => hits.has(f));
  }
  if (query.q !== undefined && query.q.trim() !== "") {
    const relevance = searchFindings(ds, query.q);
    rows = rows.filter((f) => relevance.has(f.id)).sort((a, b) => relevance.get(b.id)! - relevance.get(a.id)!);
  }
  return rows;
}

/** One page of the findings the query matches (100 by default). */
export function findings(ds: Dataset, query: FindingsQuery): FindingsPage {
  const rows = matchingFindings(ds, query);
  const limit = Math.min(query.limit ?? 100, MAX_LIMIT);
  const offset = query.offset ?? 0;
  return { data: rows.slice(offset, offset + limit), meta: { total: rows.length, limit, offset, dataset: ds.version } };
}
