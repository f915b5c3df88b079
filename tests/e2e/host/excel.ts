/**
 * The part of the Excel JavaScript API the add-in calls, over the in-memory workbook, with Excel's
 * batch rules: a property read needs load() and then context.sync(); loaded values are those of
 * the moment in the batch where load() stood; an operation that Excel would refuse makes the next
 * sync reject, and nothing queued after it in that batch happens. Anything the add-in calls that
 * is not here fails loudly, so the host stays exactly as large as the add-in's use of Excel.
 */
import { type Box, boxAddress, type CellValue, ExcelError, inGrid, overlaps, parseAddress, type Sheet, sheetPrefix, type Table, type Workbook } from "./workbook";

const notLoaded = (property: string) =>
  new ExcelError("PropertyNotLoaded", `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

export class RequestContext {
  private failure: unknown;
  private readonly staged = new Set<ClientObject>();
  readonly workbook: WorkbookProxy;

  constructor(readonly book: Workbook) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Runs one queued operation now; after a refused one, the rest of the batch is skipped. */
  run(operation: () => void): void {
    if (this.failure !== undefined) return;
    try {
      operation();
    } catch (error) {
      this.failure = error;
    }
  }

  stage(object: ClientObject): void {
    this.staged.add(object);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const failure = this.failure;
    this.failure = undefined;
    const staged = [...this.staged];
    this.staged.clear();
    if (failure !== undefined) throw failure;
    for (const object of staged) object.publish();
  }
}

/** Properties come from `read` at load time and become visible at the next sync. */
abstract class ClientObject {
  private readonly pending = new Map<string, unknown>();
  private readonly visible = new Map<string, unknown>();

  constructor(protected readonly context: RequestContext) {}

  protected abstract read(property: string): unknown;

  load(properties?: string | string[]): this {
    const names = (Array.isArray(properties) ? properties : (properties ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.context.run(() => {
      // "items/name" loads the items' names: staged under "items".
      for (const name of names) this.pending.set(name.split("/")[0]!, structuredClone(this.read(name)));
      this.context.stage(this);
    });
    return this;
  }

  publish(): void {
    for (const [name, value] of this.pending) this.visible.set(name, value);
    this.pending.clear();
    this.visible.set("isNullObject", this.isNull());
  }

  protected isNull(): boolean {
    return false;
  }

  protected loaded<T>(property: string): T {
    if (!this.visible.has(property)) throw notLoaded(property);
    return this.visible.get(property) as T;
  }

  get isNullObject(): boolean {
    return this.loaded("isNullObject");
  }
}

const unknownProperty = (type: string, property: string) => new ExcelError("InvalidArgument", `The simulated host does not implement ${type}.${property}; the add-in should not need it.`);

/** Loads "items/name": the named properties of every item, as plain objects. */
function items<T>(properties: string, all: T[], pick: (item: T, property: string) => unknown): Record<string, unknown>[] {
  const wanted = properties.replace(/^items\/?/, "");
  return all.map((item) => Object.fromEntries(wanted.split("/").filter(Boolean).map((p) => [p, pick(item, p)])));
}

/** As in Excel, workbook.tables (and the other collections) is the same object every time it is read. */
class WorkbookProxy {
  readonly tables: TableCollection;
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;
  readonly names: NamedItemCollection;

  constructor(private readonly context: RequestContext) {
    this.names = new NamedItemCollection(context);
    this.tables = new TableCollection(context);
    this.worksheets = new WorksheetCollection(context);
    this.settings = new SettingCollection(context);
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, this.context.book.active, this.context.book.selection);
  }
}

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
        return sheet.values(box).map((row, r) => row.map((value, c) => (sheet.cell(box.row + r, box.column + c)?.formula ? "String" : valueType(value))));
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
    return Array.from({ length: this.box.rows }, (_, r) => Array.from({ length: this.box.columns }, (_, c) => cell(this.box.row + r, this.box.column + c)));
  }

  private fits(matrix: unknown): matrix is unknown[][] {
    const ok = Array.isArray(matrix) && matrix.length === this.box.rows && matrix.every((row) => Array.isArray(row) && row.length === this.box.columns);
    if (!ok) throw new ExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
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
    return new MergedAreas(this.context, this.sheet.merged.filter((m) => overlaps(m, this.box)), this.sheet);
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
class MergedAreas extends ClientObject {
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
        const longest = Math.max(1, ...sheet.values({ row: box.row, column: c, rows: box.rows, columns: 1 }).map(([v]) => String(v).length));
        sheet.columnWidths.set(c, longest * POINTS_PER_CHARACTER);
      }
    });
  }

  /** Row heights are not part of the model: nothing in a test reads them, and the host cannot measure wrapped text. */
  autofitRows(): void {}
}

const targetOf = (context: RequestContext, target: RangeProxy | string, sheet?: Sheet): { sheet: Sheet; box: Box } => {
  if (target instanceof RangeProxy) return { sheet: target.sheet, box: target.box };
  const parsed = parseAddress(target);
  return { sheet: parsed.sheet ? context.book.sheet(parsed.sheet) : (sheet ?? context.book.active), box: parsed.box };
};

class TableProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly model: Table | undefined,
  ) {
    super(context);
  }

  protected override isNull(): boolean {
    return this.model === undefined;
  }

  protected read(property: string): unknown {
    if (!this.model) return undefined;
    if (property === "id" || property === "name" || property === "style" || property === "showTotals") return this.model[property];
    throw unknownProperty("Table", property);
  }

  private live(): Table {
    if (!this.model) throw new ExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return this.model;
  }

  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, this.model?.sheet ?? this.context.book.active);
  }
  delete(): void {
    this.context.run(() => this.context.book.deleteTable(this.live()));
  }
  set name(name: string) {
    this.context.run(() => this.context.book.renameTable(this.live(), name));
  }
  set style(style: string) {
    this.context.run(() => {
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style)) throw new ExcelError("InvalidArgument", `There is no table style named "${style}".`);
      this.live().style = style;
    });
  }

  getRange(): RangeProxy {
    const table = this.model;
    return table ? new RangeProxy(this.context, table.sheet, table.box) : new RangeProxy(this.context, this.context.book.active, { row: -1, column: -1, rows: 0, columns: 0 });
  }

  resize(target: RangeProxy | string): void {
    this.context.run(() => {
      const table = this.live();
      const { sheet, box } = targetOf(this.context, target, table.sheet);
      this.context.book.resizeTable(table, sheet, box);
    });
  }
}

class TableCollection extends ClientObject {
  protected read(property: string): unknown {
    if (property.startsWith("items")) return items(property, this.context.book.tables, (t, p) => (p === "id" || p === "name" ? t[p] : undefined));
    throw unknownProperty("TableCollection", property);
  }

  get items(): { id?: string; name?: string }[] {
    return this.loaded("items");
  }

  add(target: RangeProxy | string, hasHeaders: boolean): TableProxy {
    let table: Table | undefined;
    this.context.run(() => {
      if (!hasHeaders) throw unknownProperty("TableCollection.add", "hasHeaders=false");
      const { sheet, box } = targetOf(this.context, target);
      table = this.context.book.addTable(sheet, box);
    });
    return new TableProxy(this.context, table);
  }

  getItemOrNullObject(key: string): TableProxy {
    return new TableProxy(this.context, this.context.book.table(key));
  }
}

class WorksheetProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly sheet: Sheet,
  ) {
    super(context);
  }

  protected read(property: string): unknown {
    if (property === "name") return this.sheet.name;
    throw unknownProperty("Worksheet", property);
  }

  get name(): string {
    return this.loaded("name");
  }

  get protection(): SheetProtection {
    return new SheetProtection(this.context, this.sheet);
  }

  get autoFilter(): AutoFilterProxy {
    return new AutoFilterProxy(this.context, this.sheet);
  }

  activate(): void {
    this.context.run(() => (this.context.book.active = this.sheet));
  }

  getRange(address: string): RangeProxy {
    return new RangeProxy(this.context, this.sheet, parseAddress(address).box);
  }
}

class SheetProtection extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly sheet: Sheet,
  ) {
    super(context);
  }

  protected read(property: string): unknown {
    if (property === "protected") return this.sheet.protected;
    throw unknownProperty("WorksheetProtection", property);
  }

  get protected(): boolean {
    return this.loaded("protected");
  }
}

class AutoFilterProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly sheet: Sheet,
  ) {
    super(context);
  }

  protected read(property: string): unknown {
    if (property === "enabled") return this.sheet.autoFilter !== undefined;
    throw unknownProperty("AutoFilter", property);
  }

  get enabled(): boolean {
    return this.loaded("enabled");
  }

  getRangeOrNullObject(): RangeProxy | NullRange {
    const box = this.sheet.autoFilter;
    return box ? new RangeProxy(this.context, this.sheet, box) : new NullRange(this.context);
  }
}

/** What a *OrNullObject method gives when there is nothing: only isNullObject can be read. */
class NullRange extends ClientObject {
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

class NamedItemCollection extends ClientObject {
  protected read(property: string): unknown {
    if (property.startsWith("items")) return items(property, [...this.context.book.names], (n, p) => (p === "name" ? n : undefined));
    throw unknownProperty("NamedItemCollection", property);
  }

  get items(): { name?: string }[] {
    return this.loaded("items");
  }
}

class WorksheetCollection extends ClientObject {
  protected read(property: string): unknown {
    if (property.startsWith("items")) return items(property, this.context.book.sheets, (s, p) => (p === "name" ? s.name : undefined));
    throw unknownProperty("WorksheetCollection", property);
  }

  get items(): { name?: string }[] {
    return this.loaded("items");
  }

  add(name: string): WorksheetProxy {
    let sheet: Sheet | undefined;
    this.context.run(() => (sheet = this.context.book.addSheet(name)));
    return new WorksheetProxy(this.context, sheet ?? this.context.book.active);
  }
}

class SettingProxy extends ClientObject {
  constructor(
    context: RequestContext,
    private readonly key: string,
  ) {
    super(context);
  }

  protected override isNull(): boolean {
    return !this.context.book.settings.has(this.key);
  }

  protected read(property: string): unknown {
    if (property === "value") return this.context.book.settings.get(this.key);
    if (property === "key") return this.key;
    throw unknownProperty("Setting", property);
  }

  get value(): unknown {
    return this.loaded("value");
  }
}

class SettingCollection {
  constructor(private readonly context: RequestContext) {}

  /** Settings hold JSON: what is stored is a copy, as Excel serialises the value. */
  add(key: string, value: unknown): SettingProxy {
    this.context.run(() => this.context.book.settings.set(key, JSON.parse(JSON.stringify(value))));
    return new SettingProxy(this.context, key);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, key);
  }
}

/** Excel.run: the batch function gets a fresh context; whatever it queued after its last sync is flushed at the end. */
export function excel(book: Workbook) {
  return {
    async run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
      const context = new RequestContext(book);
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };
}
