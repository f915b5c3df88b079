import type { Dataset } from "../dataset/dataset";
import { DIRECTIONS } from "../contract/vocabulary";
import { resolveChoice } from "./names";
import { findingsOf } from "./findings-of";

/** How many findings the review reports for one source × process, optionally in one direction. */
export function count(ds: Dataset, args: { source: string; process: string; direction?: string }): number {
  const rows = findingsOf(ds, args.source, args.process);
  if (args.direction === undefined) return rows.length;
  const direction = resolveChoice(args.direction, DIRECTIONS, "direction");
  return rows.filter((f) => f.direction === direction).length;
}
