import type { Dataset } from "../dataset/dataset";
import { summaryOf } from "./summary-of";

/** The genes, pathways and axes a source's vesicles act on, optionally for one process. */
export function targets(ds: Dataset, args: { source: string; process?: string }): string[] {
  return [...summaryOf(ds, args.source, args.process).targets];
}
