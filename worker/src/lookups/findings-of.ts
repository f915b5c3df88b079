import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import { pairKey } from "../dataset/indexes";
import { resolveProcess, resolveSource } from "./names";

/** The findings of one source and/or one process (any spelling), from the indexes. */
export function findingsOf(ds: Dataset, source?: string, process?: string): Finding[] {
  const resolved = process === undefined ? undefined : resolveProcess(ds, process);
  if (source === undefined) return resolved === undefined ? ds.findings : (ds.index.findingsByProcess.get(resolved) ?? []);
  const code = resolveSource(ds, source).code;
  if (resolved === undefined) return ds.index.findingsBySource.get(code) ?? [];
  return ds.index.findingsBySourceProcess.get(pairKey(code, resolved)) ?? [];
}

/** Each value once, in the order first seen. */
export const unique = (values: Iterable<string>): string[] => [...new Set(values)];
