import { cellOf, firstFilled } from "./a1";
import { type TableContent, withAtLeastOneRow } from "./content";
import { sheetName, tableName } from "./names";
import { writeContent } from "./write-content";

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

export interface InsertRequest {
  content: TableContent;
  /** Words for the table's name ("OC", "cartilage"). */
  nameWords: string[];
  /** Cells written beside the table, one column apart (the matrix legend); they must be empty too. */
  aside?: TableContent;
}

export type InsertOutcome =
  | { kind: "inserted"; table: { id: string; name: string }; address: string }
  /** Nothing was written: the cells the table needs are not all empty. */
  | { kind: "occupied"; address: string; filled: string }
  /** Nothing was written: the table would run past the edge of the sheet. */
  | { kind: "no-room"; rows: number; columns: number };

/** Inserts at the top-left cell of the current selection, unless a cell it needs holds anything. */
export async function insertAtSelection(context: Excel.RequestContext, request: InsertRequest): Promise<InsertOutcome> {
  return insertAt(context, context.workbook.getSelectedRange().getCell(0, 0), request);
}

/** Inserts at A1 of a new sheet, named after what it holds, and shows that sheet. */
export async function insertOnNewSheet(context: Excel.RequestContext, request: InsertRequest, sheetBase: string): Promise<InsertOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const sheet = sheets.add(sheetName(sheetBase, sheets.items.map((s) => s.name)));
  sheet.activate();
  return insertAt(context, sheet.getRange("A1"), request);
}

async function insertAt(context: Excel.RequestContext, anchor: Excel.Range, request: InsertRequest): Promise<InsertOutcome> {
  const content = withAtLeastOneRow(request.content);
  const { aside } = request;
  const rows = content.rows.length + 1;
  const columns = content.header.length + (aside ? aside.header.length + 1 : 0);
  anchor.load("rowIndex, columnIndex");
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  if (anchor.rowIndex + Math.max(rows, aside ? aside.rows.length + 1 : 0) > SHEET_ROWS || anchor.columnIndex + columns > SHEET_COLUMNS) {
    return { kind: "no-room", rows, columns };
  }

  const target = anchor.getResizedRange(rows - 1, content.header.length - 1);
  const beside = aside && anchor.getOffsetRange(0, content.header.length + 1).getResizedRange(aside.rows.length, aside.header.length - 1);
  target.load("address, valueTypes");
  beside?.load("address, valueTypes");
  await context.sync();
  for (const range of [target, beside]) {
    const filled = range && firstFilled(range.valueTypes);
    if (range && filled) return { kind: "occupied", address: target.address, filled: cellOf(range.address, ...filled) };
  }

  writeContent(target, content);
  if (beside && aside) {
    writeContent(beside, aside);
    beside.getRow(0).format.font.bold = true;
  }
  const table = context.workbook.tables.add(target, true);
  table.name = tableName(request.nameWords, tables.items.map((t) => t.name));
  table.style = content.style;
  table.load("id, name");
  await context.sync();
  return { kind: "inserted", table: { id: table.id, name: table.name }, address: target.address };
}
