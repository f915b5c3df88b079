import { cellOf, firstFilled } from "./a1";
import { type TableContent, withAtLeastOneRow } from "./content";
import { sheetName, tableName } from "./names";
import { writeCaption, writeContent } from "./write-content";

/** Excel's grid: 1,048,576 rows by 16,384 columns. */
const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

export interface InsertRequest {
  content: TableContent;
  /** Words for the table's name ("OC", "cartilage"). */
  nameWords: string[];
  /** Where the rows come from (dataset, query URL, date, DOI, licence): written in the row above the table. */
  caption: string;
  /** Cells written beside the table, one column apart (the matrix legend); they must be empty too. */
  aside?: TableContent;
}

export type InsertOutcome =
  | { kind: "inserted"; table: { id: string; name: string }; address: string; caption: string; aside?: string }
  /** Nothing was written: the cells the table needs are not all empty. */
  | { kind: "occupied"; address: string; filled: string }
  /** Nothing was written: the table would run past the edge of the sheet. */
  | { kind: "no-room"; rows: number; columns: number }
  /** Nothing was written: Excel refuses a table over merged cells, a filtered range, or on a protected sheet. */
  | { kind: "merged"; address: string }
  | { kind: "filtered"; address: string }
  | { kind: "protected"; sheet: string };

/**
 * Whether this Excel can list merged cells (ExcelApi 1.13). Older Excel still gets Insert: there
 * tables.add, alone in its batch before anything is written, refuses merged cells itself.
 */
// Outside Office (the Node tests drive this code with no Office global) there is no one to ask.
const seesMergedCells = (): boolean =>
  typeof Office === "undefined" || Office.context?.requirements?.isSetSupported("ExcelApi", "1.13") !== false;

/** Inserts at the top-left cell of the current selection, unless a cell it needs holds anything. */
export async function insertAtSelection(context: Excel.RequestContext, request: InsertRequest): Promise<InsertOutcome> {
  return insertAt(context, context.workbook.getSelectedRange().getCell(0, 0), request);
}

/** Inserts at A1 of a new sheet, named after what it holds, and shows that sheet. */
export async function insertOnNewSheet(context: Excel.RequestContext, request: InsertRequest, sheetBase: string): Promise<InsertOutcome> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const sheet = sheets.add(
    sheetName(
      sheetBase,
      sheets.items.map((s) => s.name),
    ),
  );
  sheet.activate();
  return insertAt(context, sheet.getRange("A1"), request);
}

/**
 * Checks everything Excel could refuse before writing anything, then adds the table on empty cells
 * and fills it. If Excel still refuses part-way, the table and every cell written are removed again:
 * a failed insert leaves the sheet as it was.
 */
async function insertAt(context: Excel.RequestContext, anchor: Excel.Range, request: InsertRequest): Promise<InsertOutcome> {
  const content = withAtLeastOneRow(request.content);
  const { aside } = request;
  const rows = content.rows.length + 1;
  const columns = content.header.length + (aside ? aside.header.length + 1 : 0);
  const sheet = anchor.worksheet;
  const protection = sheet.protection.load("protected");
  anchor.load("rowIndex, columnIndex");
  sheet.load("name");
  const tables = context.workbook.tables.load("items/name");
  const names = context.workbook.names.load("items/name");
  await context.sync();
  if (protection.protected) return { kind: "protected", sheet: sheet.name };
  if (
    anchor.rowIndex + 1 + Math.max(rows, aside ? aside.rows.length + 1 : 0) > SHEET_ROWS ||
    anchor.columnIndex + columns > SHEET_COLUMNS
  ) {
    return { kind: "no-room", rows, columns };
  }

  const captionCell = anchor;
  const target = anchor.getOffsetRange(1, 0).getResizedRange(rows - 1, content.header.length - 1);
  const area = anchor.getResizedRange(rows, content.header.length - 1);
  const beside = aside && anchor.getOffsetRange(1, content.header.length + 1).getResizedRange(aside.rows.length, aside.header.length - 1);
  area.load("address, valueTypes");
  beside?.load("address, valueTypes");
  target.load("address");
  const merged = seesMergedCells() ? area.getMergedAreasOrNullObject().load("address") : undefined;
  const filter = sheet.autoFilter.getRangeOrNullObject().load("address");
  await context.sync();
  for (const range of [area, beside]) {
    const filled = range && firstFilled(range.valueTypes);
    if (range && filled) return { kind: "occupied", address: area.address, filled: cellOf(range.address, ...filled) };
  }
  if (merged && !merged.isNullObject) return { kind: "merged", address: merged.address };
  if (!filter.isNullObject) {
    const filtered = area.getIntersectionOrNullObject(filter).load("address");
    await context.sync();
    if (!filtered.isNullObject) return { kind: "filtered", address: filtered.address };
  }

  // The table alone first: if Excel refuses it, nothing has been written yet.
  const table = context.workbook.tables.add(target, true);
  table.load("id");
  await context.sync();
  try {
    table.name = tableName(request.nameWords, [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)]);
    table.style = content.style;
    writeContent(target, content);
    writeCaption(captionCell, request.caption);
    if (beside && aside) {
      writeContent(beside, aside);
      beside.getRow(0).format.font.bold = true;
    }
    table.load("name");
    beside?.load("address");
    await context.sync();
  } catch (error) {
    table.delete();
    captionCell.clear();
    beside?.clear();
    await context.sync();
    throw error;
  }
  return {
    kind: "inserted",
    table: { id: table.id, name: table.name },
    address: target.address,
    caption: cellOf(area.address, 0, 0),
    aside: beside?.address,
  };
}
