import type { Dataset } from "../dataset/dataset";
import { summaryOf } from "./summary-of";

/** The works the review cites for one source × process. */
export function citations(ds: Dataset, args: { source: string; process: string }): string[] {
  return summaryOf(ds, args.source, args.process).citations;
}
