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
  const processes = many(query.process)?.map((p) => resolveProcess(ds, p));
  const sources = [...new Set((query.source ?? []).map((s) => resolveSource(ds, s).code))];
  const exact: ExactFilter[] = [];
  if (sources.length > 0 || processes) {
    const wantedSources = new Set(sources);
    const wantedProcesses = processes && new Set(processes);
    exact.push({
      // Each finding has one source and one process, so these buckets never overlap.
      buckets:
        sources.length > 0
          ? sources.flatMap((code) =>
              wantedProcesses
                ? [...wantedProcesses].map((p) => ds.index.findingsBySourceProcess.get(pairKey(code, p)))
                : [ds.index.findingsBySource.get(code)],
            )
          : [...(wantedProcesses ?? [])].map((p) => ds.index.findingsByProcess.get(p)),
      keeps: (f) => (sources.length === 0 || wantedSources.has(f.source)) && (!wantedProcesses || wantedProcesses.has(f.process)),
    });
  }
  const directions = many(query.direction);
  const wantedDirections = directions && new Set(directions.map((d) => resolveChoice(d, DIRECTIONS, "direction")));
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
  if (wantedDirections) rows = rows.filter((f) => wantedDirections.has(f.direction));
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
