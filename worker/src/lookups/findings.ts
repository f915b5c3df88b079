import { z } from "@hono/zod-openapi";
import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import { nameKey, pairKey, recipientKey } from "../dataset/indexes";
import { CARGO_CHANGES, CITATIONS_GIVEN, DIRECTION_BASES, DIRECTIONS, EVIDENCE_CODES, MOLECULE_TYPES } from "../contract/vocabulary";
import { resolveChoice, resolveMolecule, resolveProcess, resolveSource } from "./names";
import { MAX_FINDINGS_LIMIT } from "../contract/limits";

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
  /** The evidence columns: stated or implied direction, citation given, cargo level, ECO code. */
  direction_basis?: string;
  citation_given?: string;
  cargo_change?: string;
  evidence_code?: string;
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

/**
 * The targets a `target` filter means: every target whose name or one of the review's spellings
 * contains it, so "MMP-13" finds MMP13 and "PI3K" every PI3K pathway however spelt.
 */
function targetsMatching(ds: Dataset, input: string): Set<string> {
  const needle = nameKey(input);
  return new Set(ds.targets.filter((t) => [t.name, ...t.aliases].some((name) => nameKey(name).includes(needle))).map((t) => t.name));
}

type EvidenceColumn = "direction_basis" | "citation_given" | "cargo_change" | "evidence_code";

/** Keeps the findings whose evidence column has the value asked for (validated against its vocabulary). */
function byEvidence<K extends EvidenceColumn>(rows: Finding[], column: K, choices: readonly Finding[K][], input: string | undefined): Finding[] {
  if (input === undefined) return rows;
  const value = resolveChoice(input, choices, column);
  return rows.filter((f) => f[column] === value);
}

export function findings(ds: Dataset, query: FindingsQuery): FindingsPage {
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
    const wanted = targetsMatching(ds, query.target);
    rows = rows.filter((f) => f.targets.some((t) => wanted.has(t)));
  }
  if (query.recipient !== undefined) {
    const hits = new Set(ds.index.findingsByRecipient.get(recipientKey(query.recipient, ds.index.sourceByName, ds.index.cellLineByName)));
    rows = rows.filter((f) => hits.has(f));
  }
  rows = byEvidence(rows, "direction_basis", DIRECTION_BASES, query.direction_basis);
  rows = byEvidence(rows, "citation_given", CITATIONS_GIVEN, query.citation_given);
  rows = byEvidence(rows, "cargo_change", CARGO_CHANGES.filter((c) => c !== ""), query.cargo_change);
  rows = byEvidence(rows, "evidence_code", EVIDENCE_CODES, query.evidence_code);
  if (query.q !== undefined && query.q.trim() !== "") {
    const needle = query.q.trim().toLowerCase();
    rows = rows.filter((f) => ds.index.searchText.get(f.id)!.includes(needle));
  }
  const limit = Math.min(query.limit ?? 100, MAX_FINDINGS_LIMIT);
  const offset = query.offset ?? 0;
  return { data: rows.slice(offset, offset + limit), meta: { total: rows.length, limit, offset, dataset: ds.version } };
}
