/** Ranges of the simulated Excel: values, formats, merged areas and the null object *OrNullObject methods give. */
import { ClientObject, type RequestContext, unknownProperty } from "./client-object";
import { type Box, boxAddress, type CellValue, ExcelError, inGrid, overlaps, type Sheet, sheetPrefix } from "./workbook";
import { WorksheetProxy } from "./worksheet";

const valueType = (value: CellValue | undefined) =>
  value === undefined || value === "" ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String";

/**
 * What Excel stores when a string is written into a cell: text as it is in a Text-formatted cell
 * ("@"); otherwise a number if it reads as one, and a formula if it starts with "=".
 */
function typed(value: unknown, numberFormat: string | undefined): { value: CellValue; formula?: string } {
  if (typeof value !== "string" || numberFormat === "@") return { value: value as CellValue };
  if (value.startsWith("=")) return { value: "", formula: value };
  if (value.trim() !== "" && !Number.isNaN(Number(value))) return { value: Number(value) };
  return { value };
}

export class RangeProxy extends ClientObject {
  constructor(
    context: RequestContext,
    readonly sheet: Sheet,
    readonly box: Box,
  ) {
    super(context);
    context.run(() => {
      if (!inGrid(box)) throw new ExcelError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    });
  }

  protected read(property: string): unknown {
    const { sheet, box } = this;
    switch (property) {
      case "address":
        return sheetPrefix(sheet.name) + boxAddress(box);
      case "rowIndex":
        return box.row;
      case "columnIndex":
        return box.column;
      case "rowCount":
        return box.rows;
      case "columnCount":
        return box.columns;
      case "values":
        return sheet.values(box);
      case "valueTypes":
        return sheet
          .values(box)
          .map((row, r) => row.map((value, c) => (sheet.cell(box.row + r, box.column + c)?.formula ? "String" : valueType(value))));
      case "numberFormat":
        return this.grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
      default:
        throw unknownProperty("Range", property);
    }
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get valueTypes(): string[][] {
    return this.loaded("valueTypes");
  }
  get values(): CellValue[][] {
    return this.loaded("values");
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }

  private grid<T>(cell: (row: number, column: number) => T): T[][] {
    return Array.from({ length: this.box.rows }, (_, r) =>
      Array.from({ length: this.box.columns }, (_, c) => cell(this.box.row + r, this.box.column + c)),
    );
  }

  private fits(matrix: unknown): matrix is unknown[][] {
    const ok =
      Array.isArray(matrix) &&
      matrix.length === this.box.rows &&
      matrix.every((row) => Array.isArray(row) && row.length === this.box.columns);
    if (!ok)
      throw new ExcelError(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    return ok;
  }

  set values(matrix: unknown[][]) {
    this.context.run(() => {
      this.context.book.writable(this.sheet);
      if (!this.fits(matrix)) return;
      this.grid((r, c) => {
        const cell = this.sheet.touch(r, c);
        const stored = typed(matrix[r - this.box.row]![c - this.box.column], cell.numberFormat);
        cell.value = stored.value;
        if (stored.formula) cell.formula = stored.formula;
        else delete cell.formula;
      });
    });
  }

  /** A formula per cell, as Excel stores it (the host keeps it; it cannot calculate it). */
  set formulas(matrix: string[][]) {
    this.context.run(() => {
      this.context.book.writable(this.sheet);
      if (!this.fits(matrix)) return;
      this.grid((r, c) => {
        const cell = this.sheet.touch(r, c);
        const formula = matrix[r - this.box.row]![c - this.box.column]!;
        cell.value = "";
        if (formula.startsWith("=")) cell.formula = formula;
        else cell.value = formula;
      });
    });
  }

  set numberFormat(matrix: string[][]) {
    this.context.run(() => {
      this.context.book.writable(this.sheet);
      if (this.fits(matrix)) this.grid((r, c) => (this.sheet.touch(r, c).numberFormat = matrix[r - this.box.row]![c - this.box.column]));
    });
  }

  get format(): RangeFormat {
    return new RangeFormat(this.context, this);
  }

  /** Every cell of the range, as the context's operation. */
  each(apply: (row: number, column: number) => void): void {
    this.context.run(() => this.grid(apply));
  }

  private at(row: number, column: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.context, this.sheet, { row: this.box.row + row, column: this.box.column + column, rows, columns });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.at(row, column, 1, 1);
  }
  getRow(row: number): RangeProxy {
    return this.at(row, 0, 1, this.box.columns);
  }
  getColumn(column: number): RangeProxy {
    return this.at(0, column, this.box.rows, 1);
  }
  getLastRow(): RangeProxy {
    return this.at(this.box.rows - 1, 0, 1, this.box.columns);
  }
  getOffsetRange(rows: number, columns: number): RangeProxy {
    return this.at(rows, columns, this.box.rows, this.box.columns);
  }
  getResizedRange(rows: number, columns: number): RangeProxy {
    return this.at(0, 0, this.box.rows + rows, this.box.columns + columns);
  }

  /** Selects the range in Excel's grid, showing its sheet. */
  select(): void {
    this.context.run(() => {
      this.context.book.active = this.sheet;
      this.context.book.selection = this.box;
    });
  }

  /** The merged areas that overlap the range (ExcelApi 1.13), as a null object when there are none. */
  getMergedAreasOrNullObject(): MergedAreas {
    return new MergedAreas(
      this.context,
      this.sheet.merged.filter((m) => overlaps(m, this.box)),
      this.sheet,
    );
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, this.sheet);
  }

  /** The cells this range shares with another on the same sheet, or a null object. */
  getIntersectionOrNullObject(other: RangeProxy | NullRange): RangeProxy | NullRange {
    if (!(other instanceof RangeProxy) || other.sheet !== this.sheet || !overlaps(this.box, other.box)) return new NullRange(this.context);
    const row = Math.max(this.box.row, other.box.row);
    const column = Math.max(this.box.column, other.box.column);
    const rows = Math.min(this.box.row + this.box.rows, other.box.row + other.box.rows) - row;
    const columns = Math.min(this.box.column + this.box.columns, other.box.column + other.box.columns) - column;
    return new RangeProxy(this.context, this.sheet, { row, column, rows, columns });
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.context.run(() => {
      this.context.book.writable(this.sheet);
      if (applyTo === "All") return this.sheet.clear(this.box);
      this.grid((r, c) => {
        const cell = this.sheet.cell(r, c);
        if (!cell) return;
        if (applyTo === "Contents") {
          cell.value = "";
          delete cell.formula;
        } else for (const key of ["numberFormat", "fill", "bold", "italic", "wrap"] as const) delete cell[key];
      });
    });
  }
}

/** RangeAreas as getMergedAreasOrNullObject gives them: only the address is read. */
export class MergedAreas extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly areas: Box[],
    private readonly sheet: Sheet,
  ) {
    super(context);
  }

  protected override isNull(): boolean {
    return this.areas.length === 0;
  }

  protected read(property: string): unknown {
    if (property === "address") return this.areas.map((box) => sheetPrefix(this.sheet.name) + boxAddress(box)).join(",");
    throw unknownProperty("RangeAreas", property);
  }

  get address(): string {
    return this.loaded("address");
  }
}

/** Average character width of Excel's default font, in points: enough to autofit text roughly. */
const POINTS_PER_CHARACTER = 7;

class RangeFormat {
  constructor(
    private readonly context: RequestContext,
    private readonly range: RangeProxy,
  ) {}

  get fill(): { color: string } {
    const range = this.range;
    return {
      set color(color: string) {
        range.each((r, c) => (range.sheet.touch(r, c).fill = color.toUpperCase()));
      },
    } as { color: string };
  }

  get font(): { bold: boolean; italic: boolean } {
    const range = this.range;
    return {
      set bold(bold: boolean) {
        range.each((r, c) => (range.sheet.touch(r, c).bold = bold));
      },
      set italic(italic: boolean) {
        range.each((r, c) => (range.sheet.touch(r, c).italic = italic));
      },
    } as { bold: boolean; italic: boolean };
  }

  set wrapText(wrap: boolean) {
    this.range.each((r, c) => (this.range.sheet.touch(r, c).wrap = wrap));
  }

  set columnWidth(points: number) {
    const { sheet, box } = this.range;
    this.context.run(() => {
      for (let c = box.column; c < box.column + box.columns; c++) sheet.columnWidths.set(c, points);
    });
  }

  autofitColumns(): void {
    const { sheet, box } = this.range;
    this.context.run(() => {
      for (let c = box.column; c < box.column + box.columns; c++) {
        const longest = Math.max(
          1,
          ...sheet.values({ row: box.row, column: c, rows: box.rows, columns: 1 }).map(([v]) => String(v).length),
        );
        sheet.columnWidths.set(c, longest * POINTS_PER_CHARACTER);
      }
    });
  }

  /** Row heights are not part of the model: nothing in a test reads them, and the host cannot measure wrapped text. */
  autofitRows(): void {}
}

/** What a *OrNullObject method gives when there is nothing: only isNullObject can be read. */
export class NullRange extends ClientObject {
  protected override isNull(): boolean {
    return true;
  }

  protected read(): unknown {
    return undefined;
  }

  get address(): string {
    return this.loaded("address");
  }
}
