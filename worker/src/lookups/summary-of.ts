import type { Dataset } from "../dataset/dataset";
import { type Summary, summaryKey, type Tally } from "../dataset/indexes";
import { resolveProcess, resolveSource } from "./names";

const empty: Summary = {
  ids: [],
  evidence: { promotes: 0, inhibits: 0, no_effect: 0 },
  cargo: [],
  cargoByType: {},
  targets: [],
  citations: [],
  moleculeTally: [],
  targetTally: [],
};

/** The precomputed summary of the findings of one source and/or one process (any spelling). */
export function summaryOf(ds: Dataset, source?: string, process?: string): Summary {
  const resolved = process === undefined ? undefined : resolveProcess(ds, process);
  const code = source === undefined ? undefined : resolveSource(ds, source).code;
  return ds.index.summaries.get(summaryKey(code, resolved)) ?? empty;
}

/**
 * The tally (molecules or targets, in file order, with their finding counts) of the findings of
 * any of the given sources and processes. One source and one process at most: the precomputed
 * summary's. Several: the sum of the precomputed summaries of each source × process, which never
 * overlap (a finding has one source and one process), so the cost follows the answer, not the data.
 */
export function tallyOf(
  ds: Dataset,
  sources: readonly string[] | undefined,
  processes: readonly string[] | undefined,
  pick: (summary: Summary) => Tally,
): Tally {
  // An empty list narrows nothing, as in the findings filters.
  const resolved = processes?.length ? [...new Set(processes.map((p) => resolveProcess(ds, p)))] : undefined;
  const codes = sources?.length ? [...new Set(sources.map((s) => resolveSource(ds, s).code))] : undefined;
  const keys = (codes ?? [undefined]).flatMap((code) => (resolved ?? [undefined]).map((process) => summaryKey(code, process)));
  const tallies = keys.map((key) => pick(ds.index.summaries.get(key) ?? empty));
  if (tallies.length === 1) return tallies[0]!;
  const sum = new Map<number, number>();
  for (const tally of tallies) for (const [line, findings] of tally) sum.set(line, (sum.get(line) ?? 0) + findings);
  return [...sum].sort((a, b) => a[0] - b[0]);
}
