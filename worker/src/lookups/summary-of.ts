import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import { type Summary, summaryKey } from "../dataset/indexes";
import { matchingFindings } from "./findings";
import { resolveProcess, resolveSource } from "./names";

const empty: Summary = {
  ids: [],
  evidence: { promotes: 0, inhibits: 0, no_effect: 0 },
  cargo: new Map(),
  targets: new Map(),
  citations: [],
};

/** The precomputed summary of the findings of one source and/or one process (any spelling). */
export function summaryOf(ds: Dataset, source?: string, process?: string): Summary {
  const resolved = process === undefined ? undefined : resolveProcess(ds, process);
  const code = source === undefined ? undefined : resolveSource(ds, source).code;
  return ds.index.summaries.get(summaryKey(code, resolved)) ?? empty;
}

/**
 * How many findings name each cargo molecule or target, for any of the given sources and processes:
 * the precomputed summary when at most one of each is asked, else counted over the matching findings.
 */
export function countsOf(
  ds: Dataset,
  sources: readonly string[] | undefined,
  processes: readonly string[] | undefined,
  names: (finding: Finding) => readonly string[],
  precomputed: (summary: Summary) => Map<string, number>,
): Map<string, number> {
  if ((sources?.length ?? 0) <= 1 && (processes?.length ?? 0) <= 1) return precomputed(summaryOf(ds, sources?.[0], processes?.[0]));
  const counts = new Map<string, number>();
  for (const finding of matchingFindings(ds, { source: sources, process: processes })) {
    for (const name of names(finding)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}
