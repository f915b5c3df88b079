import { beforeAll, describe, expect, it } from "vitest";
import { FINDING_COLUMNS } from "../../worker/src/contract";
import { defaultColumns } from "../../addin/src/taskpane/columns";
import { findingsContent, legendContent, matrixContent, type TableContent } from "../../addin/src/taskpane/excel/content";
import { insertAtSelection, insertOnNewSheet, type InsertRequest } from "../../addin/src/taskpane/excel/insert";
import { refreshTables } from "../../addin/src/taskpane/excel/refresh";
import { parseSavedTables, readSavedTables, rememberTable, type SavedTable } from "../../addin/src/taskpane/excel/saved";
import type { Finding, ListAnswer, MatrixRow } from "../../addin/src/taskpane/types";
import { verdictFill } from "../../addin/src/taskpane/verdicts";
import app from "../../worker/src/app";
import { parseAddress, Workbook } from "../e2e/host/workbook";
import { mockExcel } from "./taskpane-excel-mock";

async function api<T>(path: string): Promise<T> {
  const response = await app.fetch(new Request(`http://exo-bone.test${path}`));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

let ocCartilage: Finding[];
let ocCartilageInhibits: Finding[];
let matrix: MatrixRow[];

beforeAll(async () => {
  ocCartilage = (await api<ListAnswer<Finding>>("/v1/findings?source=OC&process=cartilage&limit=1000")).data;
  ocCartilageInhibits = (await api<ListAnswer<Finding>>("/v1/findings?source=OC&process=cartilage&direction=inhibits&limit=1000")).data;
  matrix = (await api<ListAnswer<MatrixRow>>("/v1/matrix")).data;
});

/** Everything a user could see in the workbook, to prove that nothing changed. */
const snapshot = (book: Workbook) =>
  JSON.stringify({
    sheets: book.sheets.map((s) => [s.name, [...s.cells]]),
    tables: book.tables.map((t) => [t.id, t.name, t.sheet.name, t.box, t.style]),
    settings: [...book.settings],
  });

/** Cell values of a block, "" for empty cells. */
const read = (book: Workbook, address: string) => {
  const { sheet, box } = parseAddress(address);
  return book.sheet(sheet ?? book.active.name).values(box);
};

const request = (content: TableContent): InsertRequest => ({ content, nameWords: ["OC", "cartilage"] });

/** A verdict as a person writes it: not_studied → "not studied". */
const words = (verdict: string) => verdict.replace(/_/g, " ");

describe("insert", () => {
  it("writes the findings as a table at the selected cell, every cell as text", async () => {
    const book = new Workbook();
    book.select("Sheet1!C3:E9");
    const { Excel } = mockExcel(book);
    const content = findingsContent(ocCartilage, defaultColumns);

    const outcome = await Excel.run((ctx) => insertAtSelection(ctx, request(content)));

    const rows = ocCartilage.length + 1;
    const last = String.fromCharCode("C".charCodeAt(0) + defaultColumns.length - 1);
    expect(outcome).toEqual({ kind: "inserted", table: { id: book.tables[0]!.id, name: "EXO_OC_cartilage" }, address: `Sheet1!C3:${last}${2 + rows}` });
    expect(read(book, `C3:${last}3`)).toEqual([[...defaultColumns]]);
    const quoteColumn = defaultColumns.indexOf("quote");
    const citations = defaultColumns.indexOf("citations");
    ocCartilage.forEach((finding, i) => {
      const row = read(book, `C${4 + i}:${last}${4 + i}`)[0]!;
      expect(row[0]).toBe(finding.id);
      expect(row[quoteColumn]).toBe(finding.quote);
      expect(row[citations]).toBe(finding.citations.join("|"));
    });
    expect(book.tables).toHaveLength(1);
    expect(book.tables[0]!.box).toEqual({ row: 2, column: 2, rows, columns: defaultColumns.length });
    expect(book.tables[0]!.style).toBe("TableStyleMedium2");
    expect(book.sheet("Sheet1").cell(3, 2)?.numberFormat).toBe("@");
    expect(book.sheet("Sheet1").cell(3, 2 + quoteColumn)?.wrap).toBe(true);
  });

  it("gives a second table of the same query its own name", async () => {
    const book = new Workbook();
    const { Excel } = mockExcel(book);
    const content = findingsContent(ocCartilage, ["id"]);
    await Excel.run((ctx) => insertAtSelection(ctx, request(content)));
    book.select("D1");
    const second = await Excel.run((ctx) => insertAtSelection(ctx, request(content)));
    expect(second.kind === "inserted" && second.table.name).toBe("EXO_OC_cartilage_2");
  });

  it("writes nothing when a cell it needs holds data, and names that cell", async () => {
    const book = new Workbook();
    book.select("B2");
    const content = findingsContent(ocCartilage, defaultColumns);
    const lastRow = 2 + ocCartilage.length;
    book.sheet("Sheet1").touch(lastRow - 1, 1 + defaultColumns.length - 1).value = "my own note";
    const before = snapshot(book);
    const { Excel } = mockExcel(book);

    const outcome = await Excel.run((ctx) => insertAtSelection(ctx, request(content)));

    const lastColumn = String.fromCharCode("B".charCodeAt(0) + defaultColumns.length - 1);
    expect(outcome).toEqual({ kind: "occupied", address: `Sheet1!B2:${lastColumn}${lastRow}`, filled: `Sheet1!${lastColumn}${lastRow}` });
    expect(snapshot(book)).toBe(before);
  });

  it("falls back to a new sheet, leaving the user's sheet as it was", async () => {
    const book = new Workbook(["Sheet1", "EXO findings"]);
    book.sheet("Sheet1").touch(0, 0).value = 42;
    const before = JSON.stringify([...book.sheet("Sheet1").cells]);
    const { Excel } = mockExcel(book);
    const content = findingsContent(ocCartilage, defaultColumns);

    const refused = await Excel.run((ctx) => insertAtSelection(ctx, request(content)));
    expect(refused.kind).toBe("occupied");
    const outcome = await Excel.run((ctx) => insertOnNewSheet(ctx, request(content), "EXO findings"));

    expect(outcome.kind === "inserted" && outcome.address).toBe(`'EXO findings (2)'!A1:J${ocCartilage.length + 1}`);
    expect(book.active.name).toBe("EXO findings (2)");
    expect(read(book, `'EXO findings (2)'!A2:A2`)).toEqual([[ocCartilage[0]!.id]]);
    expect(JSON.stringify([...book.sheet("Sheet1").cells])).toBe(before);
  });

  it("writes the matrix coloured by verdict, with a legend beside it", async () => {
    const book = new Workbook();
    const { Excel } = mockExcel(book);
    const outcome = await Excel.run((ctx) => insertAtSelection(ctx, { content: matrixContent(matrix), nameWords: ["matrix", "review"], aside: legendContent() }));

    expect(outcome.kind === "inserted" && outcome.table.name).toBe("EXO_matrix_review");
    const sheet = book.sheet("Sheet1");
    matrix.forEach((row, i) => {
      expect(sheet.values({ row: i + 1, column: 0, rows: 1, columns: 6 })[0]).toEqual([row.source, row.name, row.group, words(row.formation), words(row.resorption), words(row.cartilage)]);
      expect(sheet.cell(i + 1, 5)?.fill).toBe(verdictFill[row.cartilage]);
      expect(sheet.cell(i + 1, 0)?.fill).toBeUndefined();
    });
    expect(sheet.values({ row: 0, column: 7, rows: 6, columns: 1 }).flat()).toEqual(["verdict", "promotes", "inhibits", "mixed", "not studied", "no data"]);
    expect(sheet.cell(2, 7)?.fill).toBe(verdictFill.inhibits);
    expect(sheet.cell(0, 7)?.bold).toBe(true);
  });

  it("refuses the matrix when only its legend's cells hold data", async () => {
    const book = new Workbook();
    book.sheet("Sheet1").touch(5, 7).value = "keep";
    const before = snapshot(book);
    const { Excel } = mockExcel(book);
    const outcome = await Excel.run((ctx) => insertAtSelection(ctx, { content: matrixContent(matrix), nameWords: ["matrix"], aside: legendContent() }));
    expect(outcome).toMatchObject({ kind: "occupied", filled: "Sheet1!H6" });
    expect(snapshot(book)).toBe(before);
  });
});

describe("refresh", () => {
  const columns = ["id", "direction", "quote"] as const;

  /** A workbook with the OC × cartilage table at B2, as the pane leaves it after Insert. */
  async function inserted(findings: Finding[]) {
    const book = new Workbook();
    book.select("B2");
    const { Excel } = mockExcel(book);
    const outcome = await Excel.run((ctx) => insertAtSelection(ctx, request(findingsContent(findings, [...columns]))));
    if (outcome.kind !== "inserted") throw new Error(`insert failed: ${outcome.kind}`);
    const saved: SavedTable = { ...outcome.table, query: { kind: "findings", query: { sources: ["OC"], process: "cartilage" }, columns: [...columns] } };
    await Excel.run((ctx) => rememberTable(ctx, saved));
    const refresh = (findings: Finding[]) =>
      Excel.run(async (ctx) => refreshTables(ctx, await readSavedTables(ctx), new Map([[saved.id, findingsContent(findings, [...columns])]])));
    return { book, saved, refresh };
  }

  it("shrinks a table and clears the rows it no longer needs, then grows it back", async () => {
    expect(ocCartilageInhibits.length).toBeLessThan(ocCartilage.length);
    const { book, saved, refresh } = await inserted(ocCartilage);
    const end = 2 + ocCartilage.length;

    const shrunk = await refresh(ocCartilageInhibits);
    const shrunkEnd = 2 + ocCartilageInhibits.length;
    expect(shrunk.outcomes).toEqual([{ kind: "refreshed", table: saved.name, address: `Sheet1!B2:D${shrunkEnd}`, rows: ocCartilageInhibits.length }]);
    expect(book.tables[0]!.box.rows).toBe(ocCartilageInhibits.length + 1);
    expect(read(book, `B3:B${shrunkEnd}`).flat()).toEqual(ocCartilageInhibits.map((f) => f.id));
    expect(read(book, `B${shrunkEnd + 1}:D${end}`).flat().every((v) => v === "")).toBe(true);

    const grown = await refresh(ocCartilage);
    expect(grown.outcomes[0]).toMatchObject({ kind: "refreshed", address: `Sheet1!B2:D${end}`, rows: ocCartilage.length });
    expect(book.tables[0]!.box.rows).toBe(ocCartilage.length + 1);
    expect(read(book, `D3:D${end}`).flat()).toEqual(ocCartilage.map((f) => f.quote));
  });

  it("stops when the table has to grow into cells that hold data, writing nothing", async () => {
    const { book, saved, refresh } = await inserted(ocCartilageInhibits);
    const end = 2 + ocCartilageInhibits.length;
    book.sheet("Sheet1").touch(end, 2).value = "n = 12 mice";
    const before = snapshot(book);

    const result = await refresh(ocCartilage);

    expect(result.outcomes).toEqual([
      { kind: "blocked", table: saved.name, below: `Sheet1!B${end + 1}:D${2 + ocCartilage.length}`, filled: `Sheet1!C${end + 1}`, rows: ocCartilage.length },
    ]);
    expect(snapshot(book)).toBe(before);
  });

  it("keeps one blank row when the query now matches nothing", async () => {
    const { book, refresh } = await inserted(ocCartilage);
    const result = await refresh([]);
    expect(result.outcomes[0]).toMatchObject({ kind: "refreshed", rows: 0, address: "Sheet1!B2:D3" });
    expect(read(book, `B2:D4`)).toEqual([[...columns], ["", "", ""], ["", "", ""]]);
  });

  it("drops the query of a table that was deleted and follows one that was renamed", async () => {
    const { book, saved, refresh } = await inserted(ocCartilage);
    book.tables[0]!.name = "MyFindings";
    const renamed = await refresh(ocCartilage);
    expect(renamed.saved).toEqual([{ ...saved, name: "MyFindings" }]);

    book.tables.length = 0;
    const deleted = await refresh(ocCartilage);
    expect(deleted.outcomes).toEqual([{ kind: "missing", table: saved.name }]);
    expect(deleted.saved).toEqual([]);
  });

  it("does not rewrite a table whose columns the user changed", async () => {
    const { book, refresh } = await inserted(ocCartilage);
    book.tables[0]!.box.columns += 1;
    const before = snapshot(book);
    const result = await refresh(ocCartilage);
    expect(result.outcomes[0]).toMatchObject({ kind: "reshaped", columns: columns.length + 1, expected: columns.length });
    expect(snapshot(book)).toBe(before);
  });
});

describe("saved queries", () => {
  it("round-trip through the document settings and ignore what they cannot read", async () => {
    const book = new Workbook();
    const { Excel } = mockExcel(book);
    const table: SavedTable = { id: "7", name: "EXO_all", query: { kind: "findings", query: { sources: [], q: "ferroptosis" }, columns: [...FINDING_COLUMNS] } };
    await Excel.run((ctx) => rememberTable(ctx, table));
    await Excel.run((ctx) => rememberTable(ctx, { id: "8", name: "EXO_matrix", query: { kind: "matrix", basis: "evidence" } }));
    expect(await Excel.run((ctx) => readSavedTables(ctx))).toEqual([table, { id: "8", name: "EXO_matrix", query: { kind: "matrix", basis: "evidence" } }]);
    expect(parseSavedTables("{not json")).toEqual([]);
    expect(parseSavedTables(JSON.stringify([{ id: "1", name: "x", query: { kind: "findings", query: { sources: [] }, columns: ["nonsense"] } }]))).toEqual([]);
  });
});
