/**
 * The part of the Excel JavaScript API the add-in calls, over the in-memory workbook, with Excel's
 * batch rules: a property read needs load() and then context.sync(); loaded values are those of
 * the moment in the batch where load() stood; an operation that Excel would refuse makes the next
 * sync reject, and nothing queued after it in that batch happens. Anything the add-in calls that
 * is not here fails loudly, so the host stays exactly as large as the add-in's use of Excel.
 */
import { RequestContext } from "./client-object";
import { RangeProxy } from "./range";
import { SettingCollection } from "./settings";
import { TableCollection } from "./table";
import type { Workbook } from "./workbook";
import { NamedItemCollection, WorksheetCollection } from "./worksheet";

export { RequestContext };

/** As in Excel, workbook.tables (and the other collections) is the same object every time it is read. */
export class WorkbookProxy {
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

/** Excel.run: the batch function gets a fresh context; whatever it queued after its last sync is flushed at the end. */
export function excel(book: Workbook) {
  return {
    async run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
      const context = new RequestContext(book, (ctx) => new WorkbookProxy(ctx));
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };
}
