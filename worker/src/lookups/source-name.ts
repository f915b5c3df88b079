import type { Dataset } from "../dataset/dataset";
import { resolveSource } from "./names";

/** The full name of a source, from its code or any alias. */
export function sourceName(ds: Dataset, args: { code_or_alias: string }): string {
  return resolveSource(ds, args.code_or_alias, "code_or_alias").name;
}
