/** Tables of the simulated Excel, with Excel's rules for adding, naming, resizing and deleting them. */
import { ClientObject, items, type RequestContext, unknownProperty } from "./client-object";
import { RangeProxy } from "./range";
import { type Box, ExcelError, parseAddress, type Sheet, type Table } from "./workbook";
import { WorksheetProxy } from "./worksheet";

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
      if (!/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(style))
        throw new ExcelError("InvalidArgument", `There is no table style named "${style}".`);
      this.live().style = style;
    });
  }

  getRange(): RangeProxy {
    const table = this.model;
    return table
      ? new RangeProxy(this.context, table.sheet, table.box)
      : new RangeProxy(this.context, this.context.book.active, { row: -1, column: -1, rows: 0, columns: 0 });
  }

  resize(target: RangeProxy | string): void {
    this.context.run(() => {
      const table = this.live();
      const { sheet, box } = targetOf(this.context, target, table.sheet);
      this.context.book.resizeTable(table, sheet, box);
    });
  }
}

export class TableCollection extends ClientObject {
  protected read(property: string): unknown {
    if (property.startsWith("items"))
      return items(property, this.context.book.tables, (t, p) => (p === "id" || p === "name" ? t[p] : undefined));
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
