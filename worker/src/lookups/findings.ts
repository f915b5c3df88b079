import { z } from "@hono/zod-openapi";
import { MAX_FINDINGS_LIMIT } from "../contract/limits";
import { CARGO_CHANGES, CITATIONS_GIVEN, DIRECTION_BASES, DIRECTIONS, EVIDENCE_CODES, MOLECULE_TYPES } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import { nameKey, pairKey, recipientKey } from "../dataset/indexes";
import { resolveChoice, resolveMolecule, resolveProcess, resolveSource } from "./names";
import { searchFindings } from "./search";

/** A filter of one value or several (matching any of them). */
export type OneOrMany = string | readonly string[];
export const many = (value: OneOrMany | undefined): readonly string[] | undefined =>
  value === undefined ? undefined : typeof value === "string" ? [value] : value;

export interface FindingsQuery {
  /** One or more sources (any spelling). */
  source?: readonly string[];
  process?: OneOrMany;
  direction?: OneOrMany;
  molecule?: string;
  /** Only findings with a cargo molecule of this type (or of any of these types). */
  type?: OneOrMany;
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
  const processes = many(query.process)?.map((p) => resolveProcess(ds, p));
  const sources = [...new Set((query.source ?? []).map((s) => resolveSource(ds, s).code))];
  // Each finding has one source and one process, so the buckets never overlap.
  const buckets =
    sources.length > 0
      ? sources.flatMap((code) =>
          processes
            ? [...new Set(processes)].map((p) => ds.index.findingsBySourceProcess.get(pairKey(code, p)))
            : [ds.index.findingsBySource.get(code)],
        )
      : processes
        ? [...new Set(processes)].map((p) => ds.index.findingsByProcess.get(p))
        : [ds.findings];
  if (buckets.length === 1) return buckets[0] ?? [];
  return buckets.flatMap((bucket) => bucket ?? []).sort((a, b) => ds.index.position.get(a)! - ds.index.position.get(b)!);
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
function byEvidence<K extends EvidenceColumn>(
  rows: Finding[],
  column: K,
  choices: readonly Finding[K][],
  input: string | undefined,
): Finding[] {
  if (input === undefined) return rows;
  const value = resolveChoice(input, choices, column);
  return rows.filter((f) => f[column] === value);
}

/** Every finding the query matches: in file order, or best first when `q` is given. */
export function matchingFindings(ds: Dataset, query: FindingsQuery): Finding[] {
  let rows = candidates(ds, query);
  const directions = many(query.direction);
  if (directions !== undefined) {
    const wanted = new Set(directions.map((d) => resolveChoice(d, DIRECTIONS, "direction")));
    rows = rows.filter((f) => wanted.has(f.direction));
  }
  if (query.molecule !== undefined) {
    const hits = new Set(ds.index.findingsByMolecule.get(nameKey(resolveMolecule(ds, query.molecule).name)));
    rows = rows.filter((f) => hits.has(f));
  }
  const types = many(query.type);
  if (types !== undefined) {
    const wanted = new Set<string>(types.map((t) => resolveChoice(t, MOLECULE_TYPES, "type")));
    rows = rows.filter((f) => f.cargo.some((name) => wanted.has(ds.index.moleculeByName.get(nameKey(name))?.type ?? "")));
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
  rows = byEvidence(
    rows,
    "cargo_change",
    CARGO_CHANGES.filter((c) => c !== ""),
    query.cargo_change,
  );
  rows = byEvidence(rows, "evidence_code", EVIDENCE_CODES, query.evidence_code);
  if (query.q !== undefined && query.q.trim() !== "") {
    const relevance = searchFindings(ds, query.q);
    rows = rows.filter((f) => relevance.has(f.id)).sort((a, b) => relevance.get(b.id)! - relevance.get(a.id)!);
  }
  return rows;
}

/** One page of the findings the query matches (100 by default). */
export function findings(ds: Dataset, query: FindingsQuery): FindingsPage {
  const rows = matchingFindings(ds, query);
  const limit = Math.min(query.limit ?? 100, MAX_FINDINGS_LIMIT);
  const offset = query.offset ?? 0;
  return { data: rows.slice(offset, offset + limit), meta: { total: rows.length, limit, offset, dataset: ds.version } };
}
