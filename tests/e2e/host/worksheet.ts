/** Worksheets of the simulated Excel: names, protection, the AutoFilter, and the workbook's defined names. */
import { ClientObject, items, type RequestContext, unknownProperty } from "./client-object";
import { NullRange, RangeProxy } from "./range";
import { parseAddress, type Sheet } from "./workbook";

export class WorksheetProxy extends ClientObject {
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

export class NamedItemCollection extends ClientObject {
  protected read(property: string): unknown {
    if (property.startsWith("items")) return items(property, [...this.context.book.names], (n, p) => (p === "name" ? n : undefined));
    throw unknownProperty("NamedItemCollection", property);
  }

  get items(): { name?: string }[] {
    return this.loaded("items");
  }
}

export class WorksheetCollection extends ClientObject {
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
