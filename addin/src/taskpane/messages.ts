import type { InsertOutcome } from "./excel/insert";
import type { RefreshOutcome } from "./excel/refresh";
import type { SavedTable } from "./excel/saved";
import { queryWords } from "./query";

const rowsOf = (n: number, what: string) => `${n} ${what}${n === 1 ? "" : "s"}`;

/** What an insert did, in a sentence or two; `what` says what the rows are ("finding", "source"). */
export function insertMessage(outcome: InsertOutcome, what: string): string[] {
  switch (outcome.kind) {
    case "inserted":
      return [`Inserted table ${outcome.table.name} at ${outcome.address}. Its query is saved with the workbook: Refresh all brings it up to date.`];
    case "occupied":
      return [
        `Nothing was written: the table needs the cells ${outcome.address}, and ${outcome.filled} already holds data.`,
        "Select an empty area and try again, or insert it on a new sheet.",
      ];
    case "no-room":
      return [`Nothing was written: the table (${rowsOf(outcome.rows - 1, what)} and a header, ${outcome.columns} columns wide) would run past the edge of the sheet. Select a cell higher up or further left.`];
  }
}

export function refreshMessage(outcome: RefreshOutcome): string {
  switch (outcome.kind) {
    case "refreshed":
      return `${outcome.table}: up to date, ${rowsOf(outcome.rows, "row")} at ${outcome.address}.`;
    case "blocked":
      return `${outcome.table}: not refreshed. It now needs ${rowsOf(outcome.rows, "row")} and would grow into ${outcome.below}, but ${outcome.filled} holds data. Move that data or the table, then refresh again.`;
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

/** A saved table in the pane's list: its name and the query it refreshes from. */
export function savedTableText(table: SavedTable): string {
  const { query } = table;
  if (query.kind === "matrix") return `${table.name}: verdict matrix (${query.basis})`;
  return `${table.name}: findings for ${queryWords(query.query).join(", ")}; ${query.columns.length} columns`;
}
