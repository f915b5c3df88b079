import type { Dataset } from "../dataset/dataset";
import { type Summary, summaryKey } from "../dataset/indexes";
import { resolveProcess, resolveSource } from "./names";

const empty: Summary = { ids: [], evidence: { promotes: 0, inhibits: 0, no_effect: 0 }, cargo: new Map(), targets: new Map(), citations: [] };

/** The precomputed summary of the findings of one source and/or one process (any spelling). */
export function summaryOf(ds: Dataset, source?: string, process?: string): Summary {
  const resolved = process === undefined ? undefined : resolveProcess(ds, process);
  const code = source === undefined ? undefined : resolveSource(ds, source).code;
  return ds.index.summaries.get(summaryKey(code, resolved)) ?? empty;
}
