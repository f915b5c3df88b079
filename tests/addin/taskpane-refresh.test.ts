import { beforeAll, describe, expect, it } from "vitest";
import { findingsContent } from "../../addin/src/taskpane/excel/content";
import { insertAtSelection } from "../../addin/src/taskpane/excel/insert";
import { refreshTables } from "../../addin/src/taskpane/excel/refresh";
import { readSavedTables, rememberTable, type SavedTable } from "../../addin/src/taskpane/excel/saved";
import { writtenOf } from "../../addin/src/taskpane/excel/written";
import type { Finding, ListAnswer } from "../../addin/src/taskpane/types";
import { Workbook } from "../e2e/host/workbook";
import { hostExcel } from "./support/excel-host";
import { api, read, snapshot } from "./support/pane-book";

const columns = ["id", "direction", "quote"] as const;
const FIRST = "caption written at insert";
const LATER = "caption written at refresh";

let ocCartilage: Finding[];
let ocCartilageInhibits: Finding[];

beforeAll(async () => {
  ocCartilage = (await api<ListAnswer<Finding>>("/v1/findings?source=OC&process=cartilage&limit=1000")).data;
  ocCartilageInhibits = (await api<ListAnswer<Finding>>("/v1/findings?source=OC&process=cartilage&direction=inhibits&limit=1000")).data;
});

/** A workbook with the OC × cartilage table at B3 and its caption in B2, as the pane leaves it after Insert. */
async function inserted(findings: Finding[]) {
  const book = new Workbook();
  book.select("B2");
  const Excel = hostExcel(book);
  const content = findingsContent(findings, [...columns]);
  const outcome = await Excel.run((ctx) => insertAtSelection(ctx, { content, caption: FIRST, nameWords: ["OC", "cartilage"] }));
  if (outcome.kind !== "inserted") throw new Error(`insert failed: ${outcome.kind}`);
  const saved: SavedTable = {
    ...outcome.table,
    query: { kind: "findings", query: { sources: ["OC"], process: "cartilage" }, columns: [...columns] },
    written: writtenOf(content, FIRST),
  };
  await Excel.run((ctx) => rememberTable(ctx, saved));
  const refresh = (findings: Finding[]) =>
    Excel.run(async (ctx) => {
      const result = await refreshTables(
        ctx,
        await readSavedTables(ctx),
        new Map([[saved.id, { content: findingsContent(findings, [...columns]), caption: LATER }]]),
      );
      await rememberTable(ctx, result.saved[0] ?? saved);
      return result;
    });
  return { book, saved, refresh };
}

describe("refresh", () => {
  it("shrinks a table, clears the rows it no longer needs, updates the caption and says which findings went", async () => {
    expect(ocCartilageInhibits.length).toBeLessThan(ocCartilage.length);
    const { book, saved, refresh } = await inserted(ocCartilage);
    const end = 3 + ocCartilage.length;

    const shrunk = await refresh(ocCartilageInhibits);
    const shrunkEnd = 3 + ocCartilageInhibits.length;
    const kept = new Set(ocCartilageInhibits.map((f) => f.id));
    expect(shrunk.outcomes).toEqual([
      {
        kind: "refreshed",
        table: saved.name,
        address: `Sheet1!B3:D${shrunkEnd}`,
        rows: ocCartilageInhibits.length,
        added: [],
        removed: ocCartilage.filter((f) => !kept.has(f.id)).map((f) => f.id),
        changed: [],
      },
    ]);
    expect(read(book, "B2")).toEqual([[LATER]]);
    expect(book.tables[0]!.box.rows).toBe(ocCartilageInhibits.length + 1);
    expect(read(book, `B4:B${shrunkEnd}`).flat()).toEqual(ocCartilageInhibits.map((f) => f.id));
    expect(
      read(book, `B${shrunkEnd + 1}:D${end}`)
        .flat()
        .every((v) => v === ""),
    ).toBe(true);

    const grown = await refresh(ocCartilage);
    expect(grown.outcomes[0]).toMatchObject({
      kind: "refreshed",
      address: `Sheet1!B3:D${end}`,
      rows: ocCartilage.length,
      removed: [],
      changed: [],
    });
    expect(grown.outcomes[0]).toMatchObject({ added: ocCartilage.filter((f) => !kept.has(f.id)).map((f) => f.id) });
    expect(read(book, `D4:D${end}`).flat()).toEqual(ocCartilage.map((f) => f.quote));
  });

  it("reports a finding whose text changed", async () => {
    const { refresh } = await inserted(ocCartilage);
    const edited = ocCartilage.map((f, i) => (i === 1 ? { ...f, quote: `${f.quote} (corrected)` } : f));
    const result = await refresh(edited);
    expect(result.outcomes[0]).toMatchObject({ kind: "refreshed", added: [], removed: [], changed: [ocCartilage[1]!.id] });
  });

  it("stops when the table has to grow into cells that hold data, writing nothing", async () => {
    const { book, saved, refresh } = await inserted(ocCartilageInhibits);
    const end = 3 + ocCartilageInhibits.length;
    // Data that was already there (pasted, not typed: Excel extends a table only when someone types).
    book.sheet("Sheet1").touch(end, 2).value = "n = 12 mice";
    const before = snapshot(book);
    const result = await refresh(ocCartilage);
    expect(result.outcomes).toEqual([
      {
        kind: "blocked",
        table: saved.name,
        below: `Sheet1!B${end + 1}:D${3 + ocCartilage.length}`,
        filled: `Sheet1!C${end + 1}`,
        rows: ocCartilage.length,
      },
    ]);
    expect(snapshot(book)).toBe(before);
  });

  it("refuses, naming the cell, when a user typed a row below the table and Excel took it in", async () => {
    const { book, saved, refresh } = await inserted(ocCartilage);
    const below = 3 + ocCartilage.length;
    book.type(book.sheet("Sheet1"), below, 2, "n = 12 mice");
    expect(book.tables[0]!.box.rows).toBe(ocCartilage.length + 2);
    const before = snapshot(book);
    const result = await refresh(ocCartilageInhibits);
    expect(result.outcomes).toEqual([{ kind: "edited", table: saved.name, cell: `Sheet1!C${below + 1}` }]);
    expect(snapshot(book)).toBe(before);
  });

  it("refuses, naming the cell, when a user edited a cell it wrote or its caption", async () => {
    const { book, saved, refresh } = await inserted(ocCartilage);
    book.sheet("Sheet1").touch(4, 3).value = "my reading of this quote";
    const before = snapshot(book);
    expect((await refresh(ocCartilage)).outcomes).toEqual([{ kind: "edited", table: saved.name, cell: "Sheet1!D5" }]);
    expect(snapshot(book)).toBe(before);

    book.sheet("Sheet1").touch(4, 3).value = ocCartilage[1]!.quote;
    book.sheet("Sheet1").touch(1, 1).value = "Figure 2 source data";
    expect((await refresh(ocCartilage)).outcomes).toEqual([{ kind: "edited", table: saved.name, cell: "Sheet1!B2" }]);
  });

  it("refuses a table with a totals row it did not make", async () => {
    const { book, saved, refresh } = await inserted(ocCartilage);
    const table = book.tables[0]!;
    table.showTotals = true;
    table.box = { ...table.box, rows: table.box.rows + 1 };
    const before = snapshot(book);
    expect((await refresh(ocCartilage)).outcomes).toEqual([{ kind: "totals", table: saved.name }]);
    expect(snapshot(book)).toBe(before);
  });

  it("refuses a table on a protected sheet, before writing anything", async () => {
    const { book, saved, refresh } = await inserted(ocCartilage);
    book.sheet("Sheet1").protected = true;
    const before = snapshot(book);
    expect((await refresh(ocCartilageInhibits)).outcomes).toEqual([{ kind: "protected", table: saved.name, sheet: "Sheet1" }]);
    expect(snapshot(book)).toBe(before);
  });

  it("refuses a table with no record of what was written (inserted by an earlier version)", async () => {
    const { book, saved } = await inserted(ocCartilage);
    const Excel = hostExcel(book);
    const before = snapshot(book);
    const { written: _dropped, ...older } = saved;
    const result = await Excel.run((ctx) =>
      refreshTables(ctx, [older], new Map([[saved.id, { content: findingsContent(ocCartilage, [...columns]), caption: LATER }]])),
    );
    expect(result.outcomes).toEqual([{ kind: "unrecorded", table: saved.name }]);
    expect(snapshot(book)).toBe(before);
  });

  it("keeps one blank row when the query now matches nothing", async () => {
    const { book, refresh } = await inserted(ocCartilage);
    const result = await refresh([]);
    expect(result.outcomes[0]).toMatchObject({
      kind: "refreshed",
      rows: 0,
      address: "Sheet1!B3:D4",
      removed: ocCartilage.map((f) => f.id),
    });
    expect(read(book, "B3:D5")).toEqual([[...columns], ["", "", ""], ["", "", ""]]);
    expect((await refresh(ocCartilageInhibits)).outcomes[0]).toMatchObject({ kind: "refreshed", rows: ocCartilageInhibits.length });
  });

  it("drops the query of a table that was deleted and follows one that was renamed", async () => {
    const { book, saved, refresh } = await inserted(ocCartilage);
    book.tables[0]!.name = "MyFindings";
    const renamed = await refresh(ocCartilage);
    expect(renamed.saved).toMatchObject([{ id: saved.id, name: "MyFindings" }]);

    book.tables.length = 0;
    const deleted = await refresh(ocCartilage);
    expect(deleted.outcomes).toEqual([{ kind: "missing", table: "MyFindings" }]);
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
