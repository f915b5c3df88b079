import { excel } from "../../e2e/host/excel";
import type { Workbook } from "../../e2e/host/workbook";

/**
 * `Excel` for the task pane's object-model code in Node: the same simulated Excel the browser tests
 * load (tests/e2e/host/excel.ts, over an in-memory workbook), with Excel's batch rules. The host
 * implements only the part of the API the add-in calls, so its context is a structural subset of
 * Excel.RequestContext; this one conversion is where the two meet.
 */
export function hostExcel(book: Workbook): { run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> } {
  const host = excel(book);
  return { run: (batch) => host.run((context) => batch(context as unknown as Excel.RequestContext)) };
}
