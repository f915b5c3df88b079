/**
 * The simulated Excel host: served in place of office.js, it gives the page the Office, Excel and
 * CustomFunctions globals the add-in uses, over an in-memory workbook, and window.__exoHost for
 * the tests to arrange the workbook, read it back and calculate formulas.
 */
import { CustomFunctionError, ErrorCode, FunctionRegistry } from "./custom-functions";
import { card, field, shown } from "./entity";
import { excel } from "./excel";
import { requirements, supportSets } from "./requirements";
import { parseAddress, Workbook } from "./workbook";

const book = new Workbook();
let functionsJson: Promise<Parameters<FunctionRegistry["calculate"]>[0]> | undefined;
/** functions.json from the page's origin: what Excel reads to know each function's parameters. */
const metadata = () => (functionsJson ??= fetch(new URL("functions.json", location.href)).then((r) => r.json()));
const functions = new FunctionRegistry();

const info = { host: "Excel", platform: "PC" };
const Office = {
  context: { requirements },
  HostType: {
    Excel: "Excel",
    Word: "Word",
    PowerPoint: "PowerPoint",
    Outlook: "Outlook",
    OneNote: "OneNote",
    Project: "Project",
    Access: "Access",
  },
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return new Promise((resolve) => {
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      });
    });
  },
};

const CustomFunctions = {
  associate: (id: string, fn: (...args: unknown[]) => unknown) => functions.associate(id, fn),
  Error: CustomFunctionError,
  ErrorCode,
};

function range(address: string) {
  const { sheet, box } = parseAddress(address);
  return { sheet: book.sheet(sheet ?? book.active.name), box };
}

const host = {
  book,
  select: (address: string) => book.select(address),
  /** Types into cells, as a user would (no formats). */
  type(address: string, values: (string | number)[][]) {
    const { sheet, box } = range(address);
    for (const [r, row] of values.entries()) for (const [c, value] of row.entries()) book.type(sheet, box.row + r, box.column + c, value);
  },
  /** Merges cells (Home › Merge). */
  merge: (address: string) => {
    const { sheet, box } = range(address);
    sheet.merged.push(box);
  },
  /** Turns on an AutoFilter over a range (Data › Filter). */
  filter: (address: string) => {
    const { sheet, box } = range(address);
    sheet.autoFilter = box;
  },
  protect: (sheetName: string, on = true) => {
    book.sheet(sheetName).protected = on;
  },
  /** Adds a defined name (Formulas › Define Name). */
  defineName: (name: string) => book.names.add(name),
  /** Ticks Total Row on a table: Excel adds a row below the data. */
  totals: (tableName: string) => {
    const table = book.table(tableName);
    if (!table) throw new Error(`no table ${tableName}`);
    table.showTotals = true;
    table.box = { ...table.box, rows: table.box.rows + 1 };
  },
  selection: () => ({ sheet: book.active.name, box: book.selection }),
  values: (address: string) => {
    const { sheet, box } = range(address);
    return sheet.values(box);
  },
  fills: (address: string) => {
    const { sheet, box } = range(address);
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.columns }, (_, c) => sheet.cell(box.row + r, box.column + c)?.fill ?? null),
    );
  },
  /** Formulas Excel would have stored (a string starting with "=" written into a cell not formatted as text). */
  formulas: (address: string) => {
    const { sheet, box } = range(address);
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.columns }, (_, c) => sheet.cell(box.row + r, box.column + c)?.formula ?? null),
    )
      .flat()
      .filter(Boolean);
  },
  /** Deletes cells, as a user pressing Delete (contents and formats). */
  erase: (address: string) => {
    const { sheet, box } = range(address);
    sheet.clear(box);
  },
  numberFormats: (address: string) => {
    const { sheet, box } = range(address);
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.columns }, (_, c) => sheet.cell(box.row + r, box.column + c)?.numberFormat ?? "General"),
    );
  },
  tables: () => book.tables.map((t) => ({ id: t.id, name: t.name, sheet: t.sheet.name, box: t.box, style: t.style })),
  settings: () => Object.fromEntries(book.settings),
  sheets: () => book.sheets.map((s) => s.name),
  activeSheet: () => book.active.name,
  /** Everything a user could see, to prove that nothing changed. */
  snapshot: () =>
    JSON.stringify({
      sheets: book.sheets.map((s) => [s.name, [...s.cells], [...s.columnWidths]]),
      tables: book.tables.map((t) => [t.id, t.name, t.sheet.name, t.box, t.style]),
      settings: [...book.settings],
    }),
  registered: () => functions.ids(),
  /** Makes this Excel an older (or the current) build: the requirement sets it reports. */
  supportSets,
  /** A data type as Excel shows it: the cell's text, =cell.name, and the card. */
  entity: { shown, field, card },
  /** Calculates =EXO.NAME(args…) as Excel would. */
  async calculate(formulaName: string, ...args: unknown[]) {
    return (await host.calculateAll([[formulaName, ...args]]))[0]!;
  },
  /** Recalculates many formulas in one go: every function is called in the same turn, as in an Excel recalculation. */
  async calculateAll(formulas: [string, ...unknown[]][]) {
    const meta = await metadata();
    return Promise.all(formulas.map(([name, ...args]) => functions.calculate(meta, "EXO", name, args)));
  },
};

Object.assign(globalThis, { Office, Excel: excel(book), CustomFunctions, __exoHost: host });
export type Host = typeof host;
