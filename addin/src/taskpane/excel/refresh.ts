import { cellOf, firstFilled } from "./a1";
import { type TableContent, withAtLeastOneRow } from "./content";
import { cellPrint, firstChanged } from "./fingerprint";
import type { SavedTable } from "./saved";
import { writeCaption, writeContent } from "./write-content";
import { type Changes, changesBetween, type Written, writtenOf } from "./written";

export type RefreshOutcome =
  | ({ kind: "refreshed"; table: string; address: string; rows: number } & Changes)
  /** Nothing was written: the table has to grow into cells that hold data. */
  | { kind: "blocked"; table: string; below: string; filled: string; rows: number }
  /** Nothing was written: a cell of the table (or its caption) holds something the pane did not write. */
  | { kind: "edited"; table: string; cell: string }
  /** Nothing was written: the table's sheet is protected. */
  | { kind: "protected"; table: string; sheet: string }
  /** Nothing was written: someone turned on the table's totals row. */
  | { kind: "totals"; table: string }
  /** Nothing was written: the pane has no record of what it wrote (a table from an earlier version). */
  | { kind: "unrecorded"; table: string }
  /** The table is gone from the workbook, so its saved query was dropped. */
  | { kind: "missing"; table: string }
  /** Nothing was written: someone added or removed columns, and refresh only rewrites the columns it wrote. */
  | { kind: "reshaped"; table: string; columns: number; expected: number }
  | { kind: "failed"; table: string; message: string };

/** A saved query's new answer and the provenance line that goes above it. */
export interface Answer {
  content: TableContent;
  caption: string;
}

export interface RefreshResult {
  outcomes: RefreshOutcome[];
  /** The saved tables after the refresh: deleted ones dropped, renamed ones under their new name, new records of what was written. */
  saved: SavedTable[];
}

/**
 * Rewrites each saved table with its query's new answer, in place. Refresh only ever replaces what
 * it wrote itself: a table holding anything else (an edited cell, a row a user typed below it that
 * Excel took into the table, a totals row) is left alone, and the outcome names the cell.
 */
export async function refreshTables(
  context: Excel.RequestContext,
  saved: readonly SavedTable[],
  answers: ReadonlyMap<string, Answer | Error>,
): Promise<RefreshResult> {
  const outcomes: RefreshOutcome[] = [];
  const kept: SavedTable[] = [];
  for (const entry of saved) {
    const table = context.workbook.tables.getItemOrNullObject(entry.id);
    table.load("name, showTotals");
    await context.sync();
    if (table.isNullObject) {
      outcomes.push({ kind: "missing", table: entry.name });
      continue;
    }
    const answer = answers.get(entry.id);
    let record = { ...entry, name: table.name };
    if (answer === undefined) {
      kept.push(record);
      continue;
    }
    try {
      if (answer instanceof Error) throw answer;
      const { outcome, written } = await rewrite(context, table, entry.written, answer);
      if (written) record = { ...record, written };
      outcomes.push(outcome);
    } catch (error) {
      outcomes.push({ kind: "failed", table: table.name, message: error instanceof Error ? error.message : String(error) });
    }
    kept.push(record);
  }
  return { outcomes, saved: kept };
}

/** The first cell of the table or its caption that differs from what was written, as an address. */
function firstEdit(
  values: readonly (readonly unknown[])[],
  caption: unknown,
  written: Written,
  tableAddress: string,
  captionAddress: string,
): string | undefined {
  if (cellPrint(String(caption)) !== written.caption) return captionAddress;
  const prints = [written.header, ...(written.rows.length > 0 ? written.rows.map(([, print]) => print) : [])];
  for (let r = 0; r < values.length; r++) {
    const row = values[r]!;
    const print = prints[r];
    // Rows past what was written: a blank row is the one an empty answer keeps; anything typed there is a user's.
    const c = print === undefined ? row.findIndex((value) => String(value) !== "") : firstChanged(row, print);
    if (c >= 0) return cellOf(tableAddress, r, c);
  }
  return undefined;
}

async function rewrite(
  context: Excel.RequestContext,
  table: Excel.Table,
  written: Written | undefined,
  answer: Answer,
): Promise<{ outcome: RefreshOutcome; written?: Written }> {
  const name = table.name;
  if (!written) return { outcome: { kind: "unrecorded", table: name } };
  if (table.showTotals) return { outcome: { kind: "totals", table: name } };
  const content = withAtLeastOneRow(answer.content);
  const range = table.getRange();
  range.load("address, rowCount, columnCount, rowIndex, values");
  const sheet = table.worksheet.load("name");
  const protection = sheet.protection.load("protected");
  await context.sync();
  if (protection.protected) return { outcome: { kind: "protected", table: name, sheet: sheet.name } };
  const columns = content.header.length;
  if (range.columnCount !== columns) return { outcome: { kind: "reshaped", table: name, columns: range.columnCount, expected: columns } };
  if (range.rowIndex === 0) return { outcome: { kind: "edited", table: name, cell: cellOf(range.address, 0, 0) } };
  const captionCell = range.getCell(0, 0).getOffsetRange(-1, 0);
  captionCell.load("address, values");
  await context.sync();
  const edit = firstEdit(range.values, captionCell.values[0]![0], written, range.address, captionCell.address);
  if (edit) return { outcome: { kind: "edited", table: name, cell: edit } };

  const rows = content.rows.length + 1;
  if (rows > range.rowCount) {
    const below = range
      .getLastRow()
      .getOffsetRange(1, 0)
      .getResizedRange(rows - range.rowCount - 1, 0);
    below.load("address, valueTypes");
    await context.sync();
    const filled = firstFilled(below.valueTypes);
    if (filled)
      return {
        outcome: {
          kind: "blocked",
          table: name,
          below: below.address,
          filled: cellOf(below.address, ...filled),
          rows: answer.content.rows.length,
        },
      };
  }

  const target = range.getCell(0, 0).getResizedRange(rows - 1, columns - 1);
  table.resize(target);
  if (rows < range.rowCount)
    range
      .getCell(rows, 0)
      .getResizedRange(range.rowCount - rows - 1, columns - 1)
      .clear();
  writeContent(target, content);
  writeCaption(captionCell, answer.caption);
  target.load("address");
  await context.sync();
  const now = writtenOf(answer.content, answer.caption);
  return {
    outcome: { kind: "refreshed", table: name, address: target.address, rows: answer.content.rows.length, ...changesBetween(written, now) },
    written: now,
  };
}
