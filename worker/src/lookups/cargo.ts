import { MOLECULE_TYPES } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { nameKey } from "../dataset/indexes";
import { resolveChoice } from "./names";
import { summaryOf } from "./summary-of";

/** The cargo molecules a source's vesicles carry in the findings, optionally for one process and type. */
export function cargo(ds: Dataset, args: { source: string; process?: string; type?: string }): string[] {
  const type = args.type === undefined ? undefined : resolveChoice(args.type, MOLECULE_TYPES, "type");
  const names = [...summaryOf(ds, args.source, args.process).cargo.keys()];
  return type === undefined ? names : names.filter((name) => ds.index.moleculeByName.get(nameKey(name))?.type === type);
}
