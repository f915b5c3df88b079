import type { Dataset } from "../dataset/dataset";
import { findingsOf, unique } from "./findings-of";

/** The genes, pathways and axes a source's vesicles act on, optionally for one process. */
export function targets(ds: Dataset, args: { source: string; process?: string }): string[] {
  return unique(findingsOf(ds, args.source, args.process).flatMap((f) => f.targets));
}
