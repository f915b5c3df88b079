import { FINDING_COLUMNS, type FindingColumn, LIST_SEPARATOR } from "../../../worker/src/contract";
import type { Finding } from "./types";

export type { FindingColumn };

/**
 * What a table holds unless the scientist picks otherwise: the claim, its mechanism, its evidence
 * and its caveats — the evidence columns where the dataset has them, and the curator's note, so a
 * "promotes" never travels without its qualification.
 */
const defaultNames: ReadonlySet<string> = new Set([
  "id",
  "source",
  "process",
  "direction",
  "cargo",
  "targets",
  "recipient",
  "model",
  "citations",
  "quote",
  "direction_basis",
  "citation_given",
  "cargo_change",
  "note",
]);
export const defaultColumns: readonly FindingColumn[] = FINDING_COLUMNS.filter((column) => defaultNames.has(column));

/** Columns of prose, wrapped in a fixed width instead of autofitted to one very long line. */
export const proseColumns: ReadonlySet<FindingColumn> = new Set(["quote", "note", "context"]);

/** A finding's column as cell text; lists are joined by the contract's separator, as in the API's CSV and EXO.FINDINGS. */
export function findingCell(finding: Finding, column: FindingColumn): string {
  const value = finding[column];
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}

/** Keeps the user's choice in the API's column order, dropping anything unknown. */
export function orderedColumns(picked: Iterable<string>): FindingColumn[] {
  const wanted = new Set(picked);
  return FINDING_COLUMNS.filter((column) => wanted.has(column));
}
