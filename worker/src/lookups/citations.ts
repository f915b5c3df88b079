import type { Dataset } from "../dataset/dataset";
import { findingsOf, unique } from "./findings-of";

/** The works the review cites for one source × process. */
export function citations(ds: Dataset, args: { source: string; process: string }): string[] {
  return unique(findingsOf(ds, args.source, args.process).flatMap((f) => f.citations));
}
