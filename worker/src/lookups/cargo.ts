import { MOLECULE_TYPES } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { resolveChoice } from "./names";
import { summaryOf } from "./summary-of";

/** The cargo molecules a source's vesicles carry in the findings, optionally for one process and type (precomputed per source × process × type). */
export function cargo(ds: Dataset, args: { source: string; process?: string; type?: string }): string[] {
  const type = args.type === undefined ? undefined : resolveChoice(args.type, MOLECULE_TYPES, "type");
  const summary = summaryOf(ds, args.source, args.process);
  return [...(type === undefined ? summary.cargo : (summary.cargoByType[type] ?? []))];
}
