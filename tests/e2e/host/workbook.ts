/**
 * An in-memory workbook: sheets of cells, tables, document settings, defined names and a selection.
 * The simulated Excel (excel.ts) drives it, in the browser tests and in the Node tests alike, and
 * tests read it back to assert what the add-in wrote.
 */

export type CellValue = string | number | boolean;

export interface Cell {
  value: CellValue;
  /** A formula written into a cell that is not Text-formatted; the host stores it but cannot calculate it. */
  formula?: string;
  numberFormat?: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
}

/** A rectangle of cells, 0-based. */
export interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** An error Excel itself would raise; the host reports it at the next sync, as Excel does. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function letters(column: number): string {
  let out = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

const cellName = (row: number, column: number) => `${letters(column)}${row + 1}`;

export function boxAddress(box: Box): string {
  const start = cellName(box.row, box.column);
  return box.rows === 1 && box.columns === 1 ? start : `${start}:${cellName(box.row + box.rows - 1, box.column + box.columns - 1)}`;
}

/** Excel quotes a sheet name that is not a plain word: 'EXO findings'!A1. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

function parseCell(text: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!match) throw new ExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: ${text}`);
  const column = [...match[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** "Sheet1!B2:C3", "'EXO findings'!A1" or "B2" → the sheet name (if any) and the box. */
export function parseAddress(address: string): { sheet?: string; box: Box } {
  const bang = address.lastIndexOf("!");
  const sheet =
    bang < 0
      ? undefined
      : address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const [first, last = first] = address.slice(bang + 1).split(":") as [string, string?];
  const a = parseCell(first);
  const b = parseCell(last!);
  const box = {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rows: Math.abs(a.row - b.row) + 1,
    columns: Math.abs(a.column - b.column) + 1,
  };
  return { sheet, box };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

export function inGrid(box: Box): boolean {
  return (
    box.row >= 0 &&
    box.column >= 0 &&
    box.rows >= 1 &&
    box.columns >= 1 &&
    box.row + box.rows <= SHEET_ROWS &&
    box.column + box.columns <= SHEET_COLUMNS
  );
}

export class Sheet {
  readonly cells = new Map<string, Cell>();
  readonly columnWidths = new Map<number, number>();
  /** Merged areas: Excel refuses a table over any of them. */
  readonly merged: Box[] = [];
  /** The sheet's AutoFilter range, if one is on: Excel refuses a table that overlaps it. */
  autoFilter: Box | undefined;
  /** A protected sheet refuses every write. */
  protected = false;

  constructor(
    public name: string,
    readonly id: string,
  ) {}

  cell(row: number, column: number): Cell | undefined {
    return this.cells.get(cellName(row, column));
  }

  /** The cell, created blank if it does not exist yet. */
  touch(row: number, column: number): Cell {
    const key = cellName(row, column);
    const found = this.cells.get(key);
    if (found) return found;
    const cell = { value: "" };
    this.cells.set(key, cell);
    return cell;
  }

  clear(box: Box): void {
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.column; c < box.column + box.columns; c++) this.cells.delete(cellName(r, c));
  }

  /** Cell values, "" for empty, as Range.values gives them. */
  values(box: Box): CellValue[][] {
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.columns }, (_, c) => this.cell(box.row + r, box.column + c)?.value ?? ""),
    );
  }
}

export interface Table {
  id: string;
  name: string;
  sheet: Sheet;
  box: Box;
  style: string;
  /** A totals row, as the last row of `box`. */
  showTotals: boolean;
}

export class Workbook {
  readonly sheets: Sheet[] = [];
  readonly tables: Table[] = [];
  readonly settings = new Map<string, unknown>();
  /** Defined names (Formulas › Name Manager): a table cannot take one of these names. */
  readonly names = new Set<string>();
  active: Sheet;
  selection: Box = { row: 0, column: 0, rows: 1, columns: 1 };
  private nextId = 1;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.addSheet(name);
    this.active = this.sheets[0]!;
  }

  sheet(name: string): Sheet {
    const found = this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!found) throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet ${name}`);
    return found;
  }

  addSheet(name: string): Sheet {
    if (name.length > 31 || /[[\]:*?/\\]/.test(name) || name.trim() === "")
      throw new ExcelError("InvalidArgument", `Invalid worksheet name: ${name}`);
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new ExcelError("ItemAlreadyExists", `A worksheet named ${name} already exists.`);
    const sheet = new Sheet(name, `{sheet-${this.nextId++}}`);
    this.sheets.push(sheet);
    return sheet;
  }

  select(address: string): void {
    const { sheet, box } = parseAddress(address);
    if (sheet) this.active = this.sheet(sheet);
    this.selection = box;
  }

  table(key: string): Table | undefined {
    return this.tables.find((t) => t.id === key || t.name.toLowerCase() === key.toLowerCase());
  }

  tableAt(sheet: Sheet, box: Box, except?: Table): Table | undefined {
    return this.tables.find((t) => t !== except && t.sheet === sheet && overlaps(t.box, box));
  }

  /** Excel refuses to change cells of a protected sheet. */
  writable(sheet: Sheet): void {
    if (sheet.protected)
      throw new ExcelError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
  }

  addTable(sheet: Sheet, box: Box): Table {
    this.writable(sheet);
    if (this.tableAt(sheet, box)) throw new ExcelError("InvalidOperation", "A table can't overlap another table.");
    if (sheet.merged.some((m) => overlaps(m, box)))
      throw new ExcelError("InvalidOperation", "A table can't overlap a range that contains merged cells.");
    if (sheet.autoFilter && overlaps(sheet.autoFilter, box))
      throw new ExcelError("InvalidOperation", "A table can't overlap a range that has a filter.");
    if (box.rows < 2) throw new ExcelError("InvalidArgument", "A table with a header row needs at least two rows.");
    const id = String(this.nextId++);
    const table: Table = { id, name: `Table${id}`, sheet, box, style: "TableStyleMedium2", showTotals: false };
    this.tables.push(table);
    return table;
  }

  renameTable(table: Table, name: string): void {
    if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name)) throw new ExcelError("InvalidArgument", `Invalid table name: ${name}`);
    const taken = [...this.tables.filter((t) => t !== table).map((t) => t.name), ...this.names];
    if (taken.some((other) => other.toLowerCase() === name.toLowerCase()))
      throw new ExcelError("InvalidArgument", `The name ${name} is already in use.`);
    table.name = name;
  }

  /** Excel's rule: the header stays in its row, and the new range must overlap the old one. */
  resizeTable(table: Table, sheet: Sheet, box: Box): void {
    this.writable(sheet);
    if (sheet !== table.sheet || box.row !== table.box.row || !overlaps(box, table.box) || box.rows < 2) {
      throw new ExcelError(
        "InvalidArgument",
        "The table's header row must stay in the same row, and the new range must overlap the old one.",
      );
    }
    if (this.tableAt(sheet, box, table)) throw new ExcelError("InvalidOperation", "A table can't overlap another table.");
    table.box = box;
  }

  deleteTable(table: Table): void {
    this.writable(table.sheet);
    table.sheet.clear(table.box);
    this.tables.splice(this.tables.indexOf(table), 1);
  }

  /**
   * A user typing into a cell: as in Excel, typing into the row just below a table (within its
   * columns, and no totals row) extends the table by that row.
   */
  type(sheet: Sheet, row: number, column: number, value: CellValue): void {
    sheet.touch(row, column).value = value;
    const below = this.tables.find(
      (t) =>
        t.sheet === sheet &&
        !t.showTotals &&
        row === t.box.row + t.box.rows &&
        column >= t.box.column &&
        column < t.box.column + t.box.columns,
    );
    if (below) below.box = { ...below.box, rows: below.box.rows + 1 };
  }
}
