import { OfficeMockObject } from "office-addin-mock";
import { type Box, boxAddress, parseAddress, type Sheet, type Table, type Workbook, sheetPrefix } from "../e2e/host/workbook";

/**
 * `Excel` for the task pane's object-model code, built from office-addin-mock objects over an
 * in-memory workbook. Property reads need load() and sync() as in Excel; property writes land in
 * the workbook at the next sync; method calls (tables.add, resize, clear, settings.add) act at once.
 */
/** office-addin-mock's stand-in for a property that was not loaded and synced: not a value anyone wrote. */
const notAValue = (value: unknown) => typeof value === "string" && value.startsWith("Error, ");

/** A property the code under test assigned since the last sync. */
const assigned = (now: unknown, before: unknown) => now !== before && !notAValue(now);

export function mockExcel(book: Workbook): { Excel: typeof Excel; syncs: () => number } {
  const pending: { mock: OfficeMockObject; commit: () => void; rebase: () => void }[] = [];
  const places = new WeakMap<object, { sheet: Sheet; box: Box }>();
  let syncs = 0;

  /** commit: writes what the code assigned into the workbook; rebase: forgets it, so it is written once. */
  const track = (mock: OfficeMockObject, commit: () => void = () => {}, rebase: () => void = () => {}) => {
    pending.push({ mock, commit, rebase });
    return mock;
  };

  function range(sheet: Sheet, box: Box): OfficeMockObject {
    const values = sheet.values(box);
    const at = (r: number, c: number, rows = 1, columns = 1) => range(sheet, { row: box.row + r, column: box.column + c, rows, columns });
    const mock = new OfficeMockObject(
      {
        address: sheetPrefix(sheet.name) + boxAddress(box),
        rowIndex: box.row,
        columnIndex: box.column,
        rowCount: box.rows,
        columnCount: box.columns,
        values,
        valueTypes: values.map((row) => row.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String"))),
        numberFormat: values.map((row) => row.map(() => "General")),
        format: {
          fill: { color: "#FFFFFF" },
          font: { bold: false },
          columnWidth: 48,
          wrapText: false,
          autofitColumns: () => {},
          autofitRows: () => {},
        },
        getCell: (r: number, c: number) => at(r, c),
        getRow: (r: number) => at(r, 0, 1, box.columns),
        getColumn: (c: number) => at(0, c, box.rows, 1),
        getLastRow: () => at(box.rows - 1, 0, 1, box.columns),
        getOffsetRange: (r: number, c: number) => at(r, c, box.rows, box.columns),
        getResizedRange: (r: number, c: number) => at(0, 0, box.rows + r, box.columns + c),
        clear: () => sheet.clear(box),
      },
      "excel" as never,
    );
    places.set(mock, { sheet, box });
    const current = () => ({ values: mock.values, numberFormat: mock.numberFormat, fill: mock.format.fill.color, bold: mock.format.font.bold, wrap: mock.format.wrapText });
    let before = current();
    return track(mock, () => {
      const each = (apply: (row: number, column: number) => void) => {
        for (let r = 0; r < box.rows; r++) for (let c = 0; c < box.columns; c++) apply(r, c);
      };
      if (assigned(mock.numberFormat, before.numberFormat)) each((r, c) => (sheet.touch(box.row + r, box.column + c).numberFormat = mock.numberFormat[r][c]));
      if (assigned(mock.values, before.values)) each((r, c) => (sheet.touch(box.row + r, box.column + c).value = mock.values[r][c]));
      if (assigned(mock.format.fill.color, before.fill)) each((r, c) => (sheet.touch(box.row + r, box.column + c).fill = mock.format.fill.color));
      if (assigned(mock.format.font.bold, before.bold)) each((r, c) => (sheet.touch(box.row + r, box.column + c).bold = mock.format.font.bold));
      if (assigned(mock.format.wrapText, before.wrap)) each((r, c) => (sheet.touch(box.row + r, box.column + c).wrap = mock.format.wrapText));
    }, () => (before = current()));
  }

  const place = (target: unknown) => {
    const found = places.get(target as object);
    if (!found) throw new Error("expected a range made by this mock");
    return found;
  };

  function table(model: Table): OfficeMockObject {
    const mock = new OfficeMockObject(
      {
        id: model.id,
        name: model.name,
        style: model.style,
        getRange: () => range(model.sheet, model.box),
        resize: (target: unknown) => {
          const { sheet, box } = place(target);
          book.resizeTable(model, sheet, box);
        },
      },
      "excel" as never,
    );
    mock.isNullObject = false;
    const current = () => ({ name: mock.name, style: mock.style });
    let before = current();
    return track(
      mock,
      () => {
        if (assigned(mock.name, before.name)) book.renameTable(model, mock.name);
        if (assigned(mock.style, before.style)) model.style = mock.style;
      },
      () => (before = current()),
    );
  }

  const nullObject = () => {
    const mock = new OfficeMockObject({ name: "", value: "" }, "excel" as never);
    mock.isNullObject = true;
    return track(mock);
  };

  function worksheet(sheet: Sheet): OfficeMockObject {
    return track(
      new OfficeMockObject(
        {
          name: sheet.name,
          activate: () => (book.active = sheet),
          getRange: (address: string) => range(sheet, parseAddress(address).box),
        },
        "excel" as never,
      ),
    );
  }

  const context = new OfficeMockObject(
    {
      workbook: {
        getSelectedRange: () => range(book.active, book.selection),
        tables: {
          load(this: OfficeMockObject) {
            this.items = book.tables.map((t) => ({ id: t.id, name: t.name }));
          },
          add: (target: unknown) => {
            const { sheet, box } = place(target);
            return table(book.addTable(sheet, box));
          },
          getItemOrNullObject: (key: string) => {
            const found = book.table(key);
            return found ? table(found) : nullObject();
          },
        },
        worksheets: {
          load(this: OfficeMockObject) {
            this.items = book.sheets.map((s) => ({ name: s.name }));
          },
          add: (name: string) => worksheet(book.addSheet(name)),
        },
        settings: {
          add: (key: string, value: unknown) => book.settings.set(key, value),
          getItemOrNullObject: (key: string) => {
            if (!book.settings.has(key)) return nullObject();
            const mock = new OfficeMockObject({ key, value: book.settings.get(key) as string }, "excel" as never);
            mock.isNullObject = false;
            return track(mock);
          },
        },
      },
    },
    "excel" as never,
  );
  context.sync = async () => {
    syncs++;
    for (const { commit } of pending) commit();
    for (const { mock } of pending) await OfficeMockObject.prototype.sync.call(mock);
    for (const { rebase } of pending) rebase();
  };

  const excel = { run: async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(context as unknown as Excel.RequestContext) };
  return { Excel: excel as unknown as typeof Excel, syncs: () => syncs };
}
