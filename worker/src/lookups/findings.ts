import { z } from "@hono/zod-openapi";
import { MAX_FINDINGS_LIMIT } from "../contract/limits";
import {
  CARGO_CHANGES,
  CITATIONS_GIVEN,
  DIRECTION_BASES,
  DIRECTIONS,
  type Direction,
  EVIDENCE_CODES,
  MOLECULE_TYPES,
  PROCESSES,
  type Process,
} from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import { directionKey, nameKey, pairKey, recipientKey } from "../dataset/indexes";
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

/** Index buckets as one list in file order (buckets of one source, process, molecule… are each in file order). */
function inFileOrder(ds: Dataset, buckets: readonly (Finding[] | undefined)[]): Finding[] {
  const found = buckets.filter((bucket) => bucket !== undefined && bucket.length > 0) as Finding[][];
  if (found.length <= 1) return found[0] ?? [];
  return [...new Set(found.flat())].sort((a, b) => ds.index.position.get(a)! - ds.index.position.get(b)!);
}

/** One exact filter: the index buckets that hold what it keeps, and the test of one finding. */
interface ExactFilter {
  buckets: readonly (Finding[] | undefined)[];
  keeps: (finding: Finding) => boolean;
}

const sizeOf = (filter: ExactFilter): number => filter.buckets.reduce((n, bucket) => n + (bucket?.length ?? 0), 0);

/**
 * The targets a `target` filter means: every target whose name or one of the review's spellings
 * contains it, so "MMP-13" finds MMP13 and "PI3K" every PI3K pathway however spelt.
 */
function targetsMatching(ds: Dataset, input: string): Set<string> {
  const needle = nameKey(input);
  const names = new Set<string>();
  // targetByName holds every spelling of every target, already as a nameKey.
  for (const [spelling, target] of ds.index.targetByName) if (spelling.includes(needle)) names.add(target.name);
  return names;
}

type EvidenceColumn = "direction_basis" | "citation_given" | "cargo_change" | "evidence_code";

/**
 * The source, process and direction filters as one: their index buckets never overlap (a finding
 * has one source, one process and one direction), the finest the query allows.
 */
function bySourceProcessDirection(
  ds: Dataset,
  sources: readonly string[],
  processes: ReadonlySet<Process> | undefined,
  directions: ReadonlySet<Direction> | undefined,
): ExactFilter {
  const { findingsBySource, findingsByProcess, findingsBySourceProcess, findingsBySourceProcessDirection } = ds.index;
  const codes = sources.length > 0 ? sources : undefined;
  let buckets: (Finding[] | undefined)[];
  if (directions) {
    const pairs = (codes ?? ds.sources.map((s) => s.code)).flatMap((code) => [...(processes ?? PROCESSES)].map((p) => [code, p] as const));
    buckets = pairs.flatMap(([code, p]) => [...directions].map((d) => findingsBySourceProcessDirection.get(directionKey(code, p, d))));
  } else if (codes) {
    buckets = codes.flatMap((code) =>
      processes ? [...processes].map((p) => findingsBySourceProcess.get(pairKey(code, p))) : [findingsBySource.get(code)],
    );
  } else buckets = [...(processes ?? [])].map((p) => findingsByProcess.get(p));
  const wantedSources = codes && new Set(codes);
  return {
    buckets,
    keeps: (f) =>
      (!wantedSources || wantedSources.has(f.source)) &&
      (!processes || processes.has(f.process)) &&
      (!directions || directions.has(f.direction)),
  };
}

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
  const processes = many(query.process)?.map((p) => resolveProcess(ds, p));
  const sources = [...new Set((query.source ?? []).map((s) => resolveSource(ds, s).code))];
  const directions = many(query.direction)?.map((d) => resolveChoice(d, DIRECTIONS, "direction"));
  const exact: ExactFilter[] = [];
  if (sources.length > 0 || processes || directions) {
    exact.push(bySourceProcessDirection(ds, sources, processes && new Set(processes), directions && new Set(directions)));
  }
  if (query.molecule !== undefined) {
    const key = nameKey(resolveMolecule(ds, query.molecule).name);
    exact.push({ buckets: [ds.index.findingsByMolecule.get(key)], keeps: (f) => f.cargo.some((name) => nameKey(name) === key) });
  }
  const types = many(query.type);
  const wantedTypes = types && new Set<string>(types.map((t) => resolveChoice(t, MOLECULE_TYPES, "type")));
  if (query.target !== undefined) {
    const wanted = targetsMatching(ds, query.target);
    exact.push({
      buckets: [...wanted].map((name) => ds.index.findingsByTarget.get(name)),
      keeps: (f) => f.targets.some((t) => wanted.has(t)),
    });
  }
  if (query.recipient !== undefined) {
    const { sourceByName, cellLineByName } = ds.index;
    const key = recipientKey(query.recipient, sourceByName, cellLineByName);
    exact.push({
      buckets: [ds.index.findingsByRecipient.get(key)],
      keeps: (f) => f.recipient.some((r) => recipientKey(r, sourceByName, cellLineByName) === key),
    });
  }
  const relevance = query.q !== undefined && query.q.trim() !== "" ? searchFindings(ds, query.q) : undefined;
  if (relevance) {
    const hits = [...relevance.keys()].map((id) => ds.index.findingById.get(id)!);
    exact.push({
      buckets: [hits.sort((a, b) => ds.index.position.get(a)! - ds.index.position.get(b)!)],
      keeps: (f) => relevance.has(f.id),
    });
  }

  // The exact filter with the fewest findings in its buckets gives the candidates; the others test them.
  const smallest = exact.reduce<ExactFilter | undefined>(
    (best, f) => (best === undefined || sizeOf(f) < sizeOf(best) ? f : best),
    undefined,
  );
  const others = exact.filter((f) => f !== smallest);
  let rows = smallest ? inFileOrder(ds, smallest.buckets) : ds.findings;
  if (others.length > 0) rows = rows.filter((f) => others.every((other) => other.keeps(f)));
  if (wantedTypes)
    rows = rows.filter((f) => f.cargo.some((name) => wantedTypes.has(ds.index.moleculeByName.get(nameKey(name))?.type ?? "")));
  rows = byEvidence(rows, "direction_basis", DIRECTION_BASES, query.direction_basis);
  rows = byEvidence(rows, "citation_given", CITATIONS_GIVEN, query.citation_given);
  rows = byEvidence(
    rows,
    "cargo_change",
    CARGO_CHANGES.filter((c) => c !== ""),
    query.cargo_change,
  );
  rows = byEvidence(rows, "evidence_code", EVIDENCE_CODES, query.evidence_code);
  // Best first; equally relevant findings stay in file order (the sort is stable).
  if (relevance) rows = [...rows].sort((a, b) => relevance.get(b.id)! - relevance.get(a.id)!);
  return rows;
}

/** One page of the findings the query matches (100 by default). */
export function findings(ds: Dataset, query: FindingsQuery): FindingsPage {
  const rows = matchingFindings(ds, query);
  const limit = Math.min(query.limit ?? 100, MAX_FINDINGS_LIMIT);
  const offset = query.offset ?? 0;
  return { data: rows.slice(offset, offset + limit), meta: { total: rows.length, limit, offset, dataset: ds.version } };
}
