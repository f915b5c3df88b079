import type { FormulaOutcome } from "./excel/formula";
import type { InsertOutcome } from "./excel/insert";
import type { RefreshOutcome } from "./excel/refresh";
import type { SavedTable } from "./excel/saved";
import type { Changes } from "./excel/written";
import { queryWords } from "./query";

const rowsOf = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

/** What an insert did, in a sentence or two; `what` says what the rows are ("finding", "source"). */
export function insertMessage(outcome: InsertOutcome, what: string): string[] {
  switch (outcome.kind) {
    case "inserted":
      return [
        `Inserted table ${outcome.table.name} at ${outcome.address}, with where it came from (dataset, query, date, DOI, licence) in ${outcome.caption} above it.`,
        ...(outcome.aside ? [`The legend, with what each verdict means, is at ${outcome.aside}.`] : []),
        "Its query is saved with the workbook: Refresh (under Tables in this workbook) brings it up to date.",
      ];
    case "occupied":
      return [
        `Nothing was written: the table and its caption need the cells ${outcome.address}, and ${outcome.filled} already holds data.`,
        "Select an empty area and try again, or insert it on a new sheet.",
      ];
    case "no-room":
      return [
        `Nothing was written: the table (${rowsOf(outcome.rows - 1, what)}, a header and a caption, ${outcome.columns} columns wide) would run past the edge of the sheet. Select a cell higher up or further left.`,
      ];
    case "merged":
      return [
        `Nothing was written: Excel cannot put a table over merged cells, and ${outcome.address} is merged.`,
        "Unmerge them (Home › Merge & Center) or choose another place, or insert it on a new sheet.",
      ];
    case "filtered":
      return [
        `Nothing was written: the cells ${outcome.address} are under a filter, and Excel cannot put a table there.`,
        "Turn the filter off (Data › Filter) or choose another place, or insert it on a new sheet.",
      ];
    case "protected":
      return [
        `Nothing was written: the sheet ${outcome.sheet} is protected.`,
        "Unprotect it (Review › Unprotect Sheet), or insert it on a new sheet.",
      ];
  }
}

export function formulaMessage(outcome: FormulaOutcome, formula: string): string[] {
  switch (outcome.kind) {
    case "written":
      return [`Wrote ${formula} in ${outcome.address}. It spills the matching findings from there and recalculates with the workbook.`];
    case "occupied":
      return [
        `Nothing was written: ${outcome.address} already holds data.`,
        "Select an empty cell with room below and to the right, and try again.",
      ];
    case "protected":
      return [
        `Nothing was written: the sheet ${outcome.sheet} is protected.`,
        "Unprotect it (Review › Unprotect Sheet) or select a cell on another sheet.",
      ];
  }
}

const idList = (ids: readonly string[]) => (ids.length <= 5 ? ids.join(", ") : `${ids.slice(0, 5).join(", ")} and ${ids.length - 5} more`);

/** What a refresh changed, by row key: "1 added (F-2.2-3); 2 changed (…)". */
export function changesText(changes: Changes): string {
  const parts = (["added", "removed", "changed"] as const)
    .filter((kind) => changes[kind].length > 0)
    .map((kind) => `${changes[kind].length} ${kind} (${idList(changes[kind])})`);
  return parts.length === 0 ? "No row changed." : `${parts.join("; ")}.`;
}

export function refreshMessage(outcome: RefreshOutcome): string {
  switch (outcome.kind) {
    case "refreshed":
      return `${outcome.table}: up to date, ${rowsOf(outcome.rows, "row")} at ${outcome.address}. ${changesText(outcome)}`;
    case "blocked":
      return `${outcome.table}: not refreshed. It now needs ${rowsOf(outcome.rows, "row")} and would grow into ${outcome.below}, but ${outcome.filled} holds data. Move that data or the table, then refresh again.`;
    case "edited":
      return `${outcome.table}: not refreshed, so as not to overwrite your edit: ${outcome.cell} holds something the pane did not write (an edited cell, or a row typed below the table that Excel added to it). Move it out of the table, or choose Stop tracking to keep the table as it is.`;
    case "protected":
      return `${outcome.table}: not refreshed: the sheet ${outcome.sheet} is protected. Unprotect it (Review › Unprotect Sheet) and refresh again.`;
    case "totals":
      return `${outcome.table}: not refreshed: it has a totals row, which the pane did not make. Turn off Total Row (Table Design) and refresh again, or choose Stop tracking.`;
    case "unrecorded":
      return `${outcome.table}: not refreshed: it was inserted by an earlier version of the pane, which kept no record of what it wrote, so your edits could not be told apart. Insert the query again to get a table Refresh can manage.`;
    case "missing":
      return `${outcome.table}: no longer in the workbook (deleted), so its saved query was removed.`;
    case "reshaped":
      return `${outcome.table}: not refreshed. It has ${outcome.columns} columns now, not the ${outcome.expected} it was inserted with; refresh rewrites only tables with their original columns. Insert the query again to get a fresh table.`;
    case "failed":
      return `${outcome.table}: not refreshed. ${outcome.message}`;
  }
}

/** An error from Excel or the service, as a scientist can act on it. */
export function errorMessage(doing: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not ${doing}. ${reason}`;
}

/** A saved table in the pane's list: the query it refreshes from. */
export function savedTableText(table: SavedTable): string {
  const { query } = table;
  if (query.kind === "matrix") return `verdict matrix (${query.basis})`;
  return `findings for ${queryWords(query.query).join(", ")}; ${query.columns.length} columns`;
}
