import type { Dataset } from "../dataset/dataset";
import type { RetiredRow } from "../dataset/retired";
import { LookupError } from "./lookup-error";

/** "F-1", "F-1 and F-2", "F-1, F-2 and F-3". */
const inWords = (ids: string[]) => (ids.length < 2 ? ids.join("") : `${ids.slice(0, -1).join(", ")} and ${ids.at(-1)}`);

/** Where a user holding the retired id goes next: its replacement when there is one, else how to find another. */
function whatToDo(retired: RetiredRow, howToList: string): string {
  const changes = `CHANGELOG.md (${retired.retired_in}) says what changed and data/retired.tsv lists every retired id.`;
  const replacements = retired.replaced_by;
  if (replacements.length > 0)
    return `Replaced by ${inWords(replacements)}, which ${replacements.length === 1 ? "carries" : "carry"} its claim: cite ${replacements.length === 1 ? "it" : "them"} instead; ${changes}`;
  return `No current finding carries its claim. What to do: cite a current finding instead (${howToList}); ${changes}`;
}

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
      `Finding ${retired.id} was retired in dataset version ${retired.retired_in} and is no longer in the dataset (its id is never reused). Why: ${retired.reason} ${whatToDo(retired, howToList)}`,
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
