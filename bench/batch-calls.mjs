/**
 * The lookups a recalculating sheet sends, as /v1/batch calls: mostly a sources × processes
 * EFFECT grid, with COUNTs and FINDINGS spills mixed in, over every curated source.
 */
import { readFileSync } from "node:fs";

export const processes = ["formation", "resorption", "cartilage"];

/** The source codes, in the order of data/sources.tsv. */
export function sourceCodes() {
  const [, ...lines] = readFileSync(new URL("../data/sources.tsv", import.meta.url), "utf8")
    .trim()
    .split(/\r?\n/);
  return lines.map((line) => line.split("\t")[0]);
}

/** The curated finding ids, in the order of data/findings.tsv (the synthetic copies keep them). */
export function findingIds() {
  const [, ...lines] = readFileSync(new URL("../data/findings.tsv", import.meta.url), "utf8")
    .trim()
    .split(/\r?\n/);
  return lines.map((line) => line.split("\t")[0]);
}

/** `n` calls: of every ten, seven EFFECTs, two COUNTs and one FINDINGS, walking the grid. */
export function batchCalls(n, sources = sourceCodes()) {
  return Array.from({ length: n }, (_, i) => {
    const source = sources[i % sources.length];
    const process = processes[Math.floor(i / sources.length) % processes.length];
    const kind = i % 10;
    if (kind < 7) return { fn: "effect", args: [source, process] };
    if (kind < 9) return { fn: "count", args: [source, process] };
    return { fn: "findings", args: [source, process] };
  });
}
