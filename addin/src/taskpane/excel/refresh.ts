import { cellOf, firstFilled } from "./a1";
import { type TableContent, withAtLeastOneRow } from "./content";
import type { SavedTable } from "./saved";
import { writeContent } from "./write-content";

export type RefreshOutcome =
  | { kind: "refreshed"; table: string; address: string; rows: number }
  /** Nothing was written: the table has to grow into cells that hold data. */
  | { kind: "blocked"; table: string; below: string; filled: string; rows: number }
  /** The table is gone from the workbook, so its saved query was dropped. */
  | { kind: "missing"; table: string }
  /** Nothing was written: someone added or removed columns, and refresh only rewrites the columns it wrote. */
  | { kind: "reshaped"; table: string; columns: number; expected: number }
  | { kind: "failed"; table: string; message: string };

export interface RefreshResult {
  outcomes: RefreshOutcome[];
  /** The saved tables after the refresh: deleted ones dropped, renamed ones under their new name. */
  saved: SavedTable[];
}

/**
 * Rewrites each saved table with its query's new answer, in place. A table may shrink (the freed
 * rows are cleared) or grow, but only into empty cells: refresh never writes outside its own table
 * over anything the user keeps there.
 */
export async function refreshTables(
  context: Excel.RequestContext,
  saved: readonly SavedTable[],
  contents: ReadonlyMap<string, TableContent | Error>,
): Promise<RefreshResult> {
  const outcomes: RefreshOutcome[] = [];
  const kept: SavedTable[] = [];
  for (const entry of saved) {
    const table = context.workbook.tables.getItemOrNullObject(entry.id);
    table.load("name");
    await context.sync();
    if (table.isNullObject) {
      outcomes.push({ kind: "missing", table: entry.name });
      continue;
    }
    kept.push({ ...entry, name: table.name });
    const content = contents.get(entry.id);
    if (content === undefined || content instanceof Error) {
      outcomes.push({ kind: "failed", table: table.name, message: content?.message ?? "Its query was not run." });
      continue;
    }
    try {
      outcomes.push(await rewrite(context, table, content));
    } catch (error) {
      outcomes.push({ kind: "failed", table: table.name, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { outcomes, saved: kept };
}

async function rewrite(context: Excel.RequestContext, table: Excel.Table, answer: TableContent): Promise<RefreshOutcome> {
  const content = withAtLeastOneRow(answer);
  const range = table.getRange();
  range.load("address, rowCount, columnCount");
  await context.sync();
  const columns = content.header.length;
  if (range.columnCount !== columns) return { kind: "reshaped", table: table.name, columns: range.columnCount, expected: columns };

  const rows = content.rows.length + 1;
  if (rows > range.rowCount) {
    const below = range.getLastRow().getOffsetRange(1, 0).getResizedRange(rows - range.rowCount - 1, 0);
    below.load("address, valueTypes");
    await context.sync();
    const filled = firstFilled(below.valueTypes);
    if (filled) return { kind: "blocked", table: table.name, below: below.address, filled: cellOf(below.address, ...filled), rows: answer.rows.length };
  }

  const target = range.getCell(0, 0).getResizedRange(rows - 1, columns - 1);
  table.resize(target);
  if (rows < range.rowCount) range.getCell(rows, 0).getResizedRange(range.rowCount - rows - 1, columns - 1).clear();
  writeContent(target, content);
  target.load("address");
  await context.sync();
  return { kind: "refreshed", table: table.name, address: target.address, rows: answer.rows.length };
}
