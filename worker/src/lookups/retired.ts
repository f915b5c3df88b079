import type { Dataset } from "../dataset/dataset";
import type { RetiredRow } from "../dataset/retired";
import { LookupError } from "./lookup-error";

/**
 * A lookup of a finding id that an earlier release had and a later one retired (retired.tsv). Its
 * code stays `not_found` (the contract's codes, #N/A in Excel); the HTTP layer answers 410 Gone.
 */
export class RetiredFindingError extends LookupError {
  constructor(
    readonly retired: RetiredRow,
    howToList: string,
  ) {
    super(
      "not_found",
      "id",
      `Finding ${retired.id} was retired in dataset version ${retired.retired_in} and is no longer in the dataset (its id is never reused). Why: ${retired.reason} What to do: cite a current finding instead (${howToList}); CHANGELOG.md (${retired.retired_in}) says what changed and data/retired.tsv lists every retired id.`,
    );
    this.name = "RetiredFindingError";
  }
}

const retiredIndexes = new WeakMap<Dataset, Map<string, RetiredRow>>();

/** The retired.tsv row of an id (any case), if that id was retired. */
export function retiredFinding(ds: Dataset, id: string): RetiredRow | undefined {
  let index = retiredIndexes.get(ds);
  if (!index) {
    index = new Map(ds.retired.map((r) => [r.id.toUpperCase(), r]));
    retiredIndexes.set(ds, index);
  }
  return index.get(id.trim().toUpperCase());
}
