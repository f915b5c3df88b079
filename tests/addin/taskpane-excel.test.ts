import { beforeAll, describe, expect, it, vi } from "vitest";
import { answerOf } from "../../addin/src/taskpane/actions";
import { defaultColumns } from "../../addin/src/taskpane/columns";
import { findingsContent, legendContent, matrixContent, type TableContent } from "../../addin/src/taskpane/excel/content";
import { type InsertRequest, insertAtSelection, insertOnNewSheet } from "../../addin/src/taskpane/excel/insert";
import { parseSavedTables, readSavedTables, rememberTable, type SavedTable } from "../../addin/src/taskpane/excel/saved";
import { writtenOf } from "../../addin/src/taskpane/excel/written";
import type { DatasetInfo, Finding, ListAnswer, MatrixRow } from "../../addin/src/taskpane/types";
import { FINDING_COLUMNS, VERDICT_COLOURS } from "../../worker/src/contract";
import { parseAddress, Workbook } from "../e2e/host/workbook";
import { findings, list, processes, verdicts } from "./support/data";
import { hostExcel } from "./support/excel-host";
import { api, read, snapshot } from "./support/pane-book";

let ocCartilage: Finding[];
let matrix: MatrixRow[];

beforeAll(async () => {
  ocCartilage = (await api<ListAnswer<Finding>>("/v1/findings?source=OC&process=cartilage&limit=1000")).data;
  matrix = (await api<ListAnswer<MatrixRow>>("/v1/matrix")).data;
});

const CAPTION =
  "exo-bone dataset 1.0.0 · query http://exo-bone.test/v1/findings?source=OC&process=cartilage&format=csv · retrieved 2026-12-01T00:00:00Z";
const request = (content: TableContent): InsertRequest => ({ content, caption: CAPTION, nameWords: ["OC", "cartilage"] });

/** A verdict as a person writes it: not_studied → "not studied". */
const words = (verdict: string) => verdict.replace(/_/g, " ");

describe("insert", () => {
  it("writes its provenance in the row above and the findings as a table below, every cell as text", async () => {
    const book = new Workbook();
    book.select("Sheet1!C3:E9");
    const content = findingsContent(ocCartilage, defaultColumns);

    const outcome = await hostExcel(book).run((ctx) => insertAtSelection(ctx, request(content)));

    const rows = ocCartilage.length + 1;
    const last = String.fromCharCode("C".charCodeAt(0) + defaultColumns.length - 1);
    expect(outcome).toEqual({
      kind: "inserted",
      table: { id: book.tables[0]!.id, name: "EXO_OC_cartilage" },
      address: `Sheet1!C4:${last}${3 + rows}`,
      caption: "Sheet1!C3",
    });
    expect(read(book, "C3")).toEqual([[CAPTION]]);
    expect(book.sheet("Sheet1").cell(2, 2)?.numberFormat).toBe("@");
    expect(read(book, `C4:${last}4`)).toEqual([[...defaultColumns]]);
    ocCartilage.forEach((finding, i) => {
      const row = read(book, `C${5 + i}:${last}${5 + i}`)[0]!;
      expect(row[0]).toBe(finding.id);
      expect(row[defaultColumns.indexOf("quote")]).toBe(finding.quote);
      expect(row[defaultColumns.indexOf("citations")]).toBe(finding.citations.join("|"));
      expect(row[defaultColumns.indexOf("note")]).toBe(finding.note);
    });
    expect(book.tables[0]!.box).toEqual({ row: 3, column: 2, rows, columns: defaultColumns.length });
    expect(book.sheet("Sheet1").cell(4, 2 + defaultColumns.indexOf("quote"))?.wrap).toBe(true);
  });

  it("gives a second table of the same query its own name, and never takes a defined name", async () => {
    const book = new Workbook();
    book.names.add("EXO_OC_cartilage_2");
    const Excel = hostExcel(book);
    const content = findingsContent(ocCartilage, ["id"]);
    await Excel.run((ctx) => insertAtSelection(ctx, request(content)));
    book.select("D1");
    const second = await Excel.run((ctx) => insertAtSelection(ctx, request(content)));
    expect(second.kind === "inserted" && second.table.name).toBe("EXO_OC_cartilage_3");
  });

  it("writes nothing when a cell it needs holds data, and names that cell", async () => {
    const book = new Workbook();
    book.select("B2");
    const lastRow = 3 + ocCartilage.length;
    book.sheet("Sheet1").touch(lastRow - 1, defaultColumns.length).value = "my own note";
    const before = snapshot(book);

    const outcome = await hostExcel(book).run((ctx) => insertAtSelection(ctx, request(findingsContent(ocCartilage, defaultColumns))));

    const lastColumn = String.fromCharCode("B".charCodeAt(0) + defaultColumns.length - 1);
    expect(outcome).toEqual({ kind: "occupied", address: `Sheet1!B2:${lastColumn}${lastRow}`, filled: `Sheet1!${lastColumn}${lastRow}` });
    expect(snapshot(book)).toBe(before);
  });

  it.each([
    [
      "merged cells",
      (book: Workbook) => book.sheet("Sheet1").merged.push(parseAddress("C5:D5").box),
      { kind: "merged", address: "Sheet1!C5:D5" },
    ],
    [
      "a filter",
      (book: Workbook) => (book.sheet("Sheet1").autoFilter = parseAddress("A6:B7").box),
      { kind: "filtered", address: "Sheet1!B6:B7" },
    ],
    ["a protected sheet", (book: Workbook) => (book.sheet("Sheet1").protected = true), { kind: "protected", sheet: "Sheet1" }],
  ])("refuses %s before writing anything", async (_what, arrange, expected) => {
    const book = new Workbook();
    book.select("B2");
    arrange(book);
    const before = snapshot(book);
    const outcome = await hostExcel(book).run((ctx) =>
      insertAtSelection(ctx, request(findingsContent(ocCartilage, ["id", "source", "quote"]))),
    );
    expect(outcome).toEqual(expected);
    expect(snapshot(book)).toBe(before);
  });

  it("on an Excel without ExcelApi 1.13, leaves merged cells to tables.add, which refuses them before anything is written", async () => {
    vi.stubGlobal("Office", {
      context: { requirements: { isSetSupported: (set: string, version: string) => !(set === "ExcelApi" && version === "1.13") } },
    });
    try {
      const book = new Workbook();
      book.select("B2");
      book.sheet("Sheet1").merged.push(parseAddress("C5:D5").box);
      const before = snapshot(book);
      await expect(
        hostExcel(book).run((ctx) => insertAtSelection(ctx, request(findingsContent(ocCartilage, ["id", "source", "quote"])))),
      ).rejects.toThrow(/merged cells/);
      expect(snapshot(book)).toBe(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("leaves nothing behind when Excel refuses part of the insert", async () => {
    const book = new Workbook();
    book.select("B2");
    const before = snapshot(book);
    // Excel refuses an unknown table style after the table was added and the cells queued.
    const refused = { ...findingsContent(ocCartilage, ["id", "quote"]), style: "TableStyleNoSuchStyle" };
    await expect(hostExcel(book).run((ctx) => insertAtSelection(ctx, request(refused)))).rejects.toThrow(/table style/);
    expect(book.tables).toEqual([]);
    expect(snapshot(book)).toBe(before);
  });

  it("falls back to a new sheet, leaving the user's sheet as it was", async () => {
    const book = new Workbook(["Sheet1", "EXO findings"]);
    book.sheet("Sheet1").touch(0, 0).value = 42;
    const before = JSON.stringify([...book.sheet("Sheet1").cells]);
    const Excel = hostExcel(book);
    const content = findingsContent(ocCartilage, defaultColumns);

    expect((await Excel.run((ctx) => insertAtSelection(ctx, request(content)))).kind).toBe("occupied");
    const outcome = await Excel.run((ctx) => insertOnNewSheet(ctx, request(content), "EXO findings"));

    const last = String.fromCharCode("A".charCodeAt(0) + defaultColumns.length - 1);
    expect(outcome.kind === "inserted" && outcome.address).toBe(`'EXO findings (2)'!A2:${last}${ocCartilage.length + 2}`);
    expect(book.active.name).toBe("EXO findings (2)");
    expect(read(book, "'EXO findings (2)'!A1:A3")).toEqual([[CAPTION], ["id"], [ocCartilage[0]!.id]]);
    expect(JSON.stringify([...book.sheet("Sheet1").cells])).toBe(before);
  });

  it("writes the matrix coloured by verdict with each source's exceptions, and a legend that explains every verdict beside it", async () => {
    const book = new Workbook();
    const info = await api<DatasetInfo>("/v1/dataset");
    const service = { api: { get: (path: string) => api(path) }, origin: "http://exo-bone.test", info };
    const { content, caption } = await answerOf(service, { kind: "matrix", basis: "review" });
    const outcome = await hostExcel(book).run((ctx) =>
      insertAtSelection(ctx, { content, caption, nameWords: ["matrix", "review"], aside: legendContent() }),
    );

    expect(outcome).toMatchObject({ kind: "inserted", table: { name: "EXO_matrix_review" }, aside: "Sheet1!I2:J8" });
    expect(read(book, "A1")[0]![0]).toContain("query http://exo-bone.test/v1/matrix?basis=review&format=csv");
    const sheet = book.sheet("Sheet1");
    expect(sheet.values({ row: 1, column: 0, rows: 1, columns: 7 })[0]).toEqual([
      "source",
      "name",
      "group",
      "formation",
      "resorption",
      "cartilage",
      "exceptions",
    ]);
    matrix.forEach((row, i) => {
      // Exceptions as verdicts.tsv lists them ("F-2.2-08:mature"), each with its finding's direction from findings.tsv.
      const expected = processes.flatMap((process) => {
        const listed = verdicts.find((v) => v.source === row.source && v.process === process)?.exceptions ?? "";
        return list(listed).map((item) => {
          const [id, state] = item.split(":") as [string, string];
          return `${process}: ${id} (${state}, ${findings.find((f) => f.id === id)!.direction!.replace("_", " ")})`;
        });
      });
      expect(sheet.values({ row: i + 2, column: 0, rows: 1, columns: 7 })[0]).toEqual([
        row.source,
        row.name,
        row.group,
        words(row.formation),
        words(row.resorption),
        words(row.cartilage),
        expected.join("|"),
      ]);
      expect(sheet.cell(i + 2, 5)?.fill).toBe(VERDICT_COLOURS[row.cartilage]);
    });
    expect(verdicts.some((v) => v.exceptions !== "")).toBe(true);
    expect(sheet.values({ row: 1, column: 8, rows: 7, columns: 1 }).flat()).toEqual([
      "verdict",
      "promotes",
      "inhibits",
      "mixed",
      "not studied",
      "no data",
      "exceptions",
    ]);
    const meanings = sheet.values({ row: 2, column: 9, rows: 6, columns: 1 }).flat();
    expect(meanings.every((m) => typeof m === "string" && m.length > 20)).toBe(true);
    expect(meanings[3]).toMatch(/no study/);
    expect(meanings[4]).toMatch(/says nothing/);
    expect(meanings[5]).toMatch(/variant/);
    expect(sheet.cell(3, 8)?.fill).toBe(VERDICT_COLOURS.inhibits);
  });
});

describe("the matrix's legend", () => {
  it("is checked like the table: a cell of it holding data stops the insert", async () => {
    const book = new Workbook();
    book.sheet("Sheet1").touch(5, 8).value = "keep";
    const before = snapshot(book);
    const outcome = await hostExcel(book).run((ctx) =>
      insertAtSelection(ctx, {
        content: matrixContent(matrix, new Map()),
        caption: CAPTION,
        nameWords: ["matrix"],
        aside: legendContent(),
      }),
    );
    expect(outcome).toMatchObject({ kind: "occupied", filled: "Sheet1!I6" });
    expect(snapshot(book)).toBe(before);
  });
});

describe("saved queries", () => {
  it("round-trip through the document settings with the record of what was written, and ignore what they cannot read", async () => {
    const book = new Workbook();
    const Excel = hostExcel(book);
    const table: SavedTable = {
      id: "7",
      name: "EXO_all",
      query: { kind: "findings", query: { sources: [], q: "ferroptosis" }, columns: [...FINDING_COLUMNS] },
      written: writtenOf(findingsContent(ocCartilage, ["id"]), CAPTION),
    };
    await Excel.run((ctx) => rememberTable(ctx, table));
    await Excel.run((ctx) => rememberTable(ctx, { id: "8", name: "EXO_matrix", query: { kind: "matrix", basis: "evidence" } }));
    expect(await Excel.run((ctx) => readSavedTables(ctx))).toEqual([
      table,
      { id: "8", name: "EXO_matrix", query: { kind: "matrix", basis: "evidence" } },
    ]);
    expect(parseSavedTables("{not json")).toEqual([]);
    expect(
      parseSavedTables(
        JSON.stringify([{ id: "1", name: "x", query: { kind: "findings", query: { sources: [] }, columns: ["nonsense"] } }]),
      ),
    ).toEqual([]);
  });
});
