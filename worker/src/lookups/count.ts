import { DIRECTIONS } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { resolveChoice } from "./names";
import { summaryOf } from "./summary-of";

/** How many findings the review reports for one source × process, optionally in one direction. */
export function count(ds: Dataset, args: { source: string; process: string; direction?: string }): number {
  const summary = summaryOf(ds, args.source, args.process);
  if (args.direction === undefined) return summary.ids.length;
  return summary.evidence[resolveChoice(args.direction, DIRECTIONS, "direction")];
}
