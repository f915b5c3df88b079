import { describe, expect, it } from "vitest";
import type { Api } from "../../addin/src/taskpane/api";
import { caveats } from "../../addin/src/taskpane/caveats";
import { citationDois } from "../../addin/src/taskpane/citation-dois";
import { writeFormulaAtSelection } from "../../addin/src/taskpane/excel/formula";
import { csvUrl, findingsFormula, pandasLine, rLine } from "../../addin/src/taskpane/query";
import type { Finding, ListAnswer } from "../../addin/src/taskpane/types";
import { Workbook } from "../e2e/host/workbook";
import { references } from "./support/data";
import { hostExcel } from "./support/excel-host";
import { api, snapshot } from "./support/pane-book";

describe("a query outside the pane", () => {
  const query = { sources: ["OC", "M2"], process: "cartilage", type: "miRNA", q: ' "Wnt" ' };

  it("is one CSV URL with every filter and no page limit, read by R and pandas as it is", () => {
    const url = csvUrl("https://exo.example", query);
    expect(url).toBe("https://exo.example/v1/findings?source=OC%2CM2&process=cartilage&type=miRNA&q=%22Wnt%22&format=csv");
    expect(rLine(url)).toBe(`findings <- read.csv("${url}", encoding = "UTF-8", colClasses = "character")`);
    expect(pandasLine(url)).toBe(`findings = pandas.read_csv("${url}", keep_default_na=False)`);
  });

  it("answers with the same rows as the pane's count", async () => {
    const csv = await (await import("../../worker/src/app")).default.fetch(
      new Request(csvUrl("http://exo-bone.test", { sources: ["OC"], process: "cartilage" })),
    );
    const json = await api<ListAnswer<Finding>>("/v1/findings?source=OC&process=cartilage&limit=1000");
    const lines = (await csv.text()).trim().split(/\r?\n/);
    expect(lines.length - 1).toBe(json.meta.total);
  });

  it("is an EXO.FINDINGS formula in the argument order (source, process, direction, type, text), blanks left out", () => {
    expect(findingsFormula({ sources: ["OC"], process: "cartilage" })).toBe('=EXO.FINDINGS("OC","cartilage")');
    expect(findingsFormula({ sources: ["OC"], type: "miRNA" })).toBe('=EXO.FINDINGS("OC",,,"miRNA")');
    expect(findingsFormula({ sources: ["OC"], direction: "inhibits", q: 'say "no"' })).toBe(
      '=EXO.FINDINGS("OC",,"inhibits",,"say ""no""")',
    );
    expect(findingsFormula({ sources: ["OC", "OB"], process: "formation" })).toBe('=EXO.FINDINGS("OC,OB","formation")');
    expect(findingsFormula({ sources: [], q: "Wnt" })).toBe('=EXO.FINDINGS(,,,,"Wnt")');
    expect(findingsFormula({ sources: [] })).toBe("=EXO.FINDINGS()");
  });
});

describe("Insert as formula", () => {
  it("writes the formula into an empty selected cell, formatted so that Excel calculates it", async () => {
    const book = new Workbook();
    book.select("C4");
    book.sheet("Sheet1").touch(3, 2).numberFormat = "@";
    const outcome = await hostExcel(book).run((ctx) => writeFormulaAtSelection(ctx, '=EXO.FINDINGS("OC")'));
    expect(outcome).toEqual({ kind: "written", address: "Sheet1!C4" });
    expect(book.sheet("Sheet1").cell(3, 2)).toMatchObject({ formula: '=EXO.FINDINGS("OC")', numberFormat: "General" });
  });

  it("refuses a cell that holds anything, and a protected sheet", async () => {
    const book = new Workbook();
    book.select("C4");
    book.sheet("Sheet1").touch(3, 2).value = "mine";
    const before = snapshot(book);
    expect(await hostExcel(book).run((ctx) => writeFormulaAtSelection(ctx, '=EXO.FINDINGS("OC")'))).toEqual({
      kind: "occupied",
      address: "Sheet1!C4",
    });
    book.select("D4");
    book.sheet("Sheet1").protected = true;
    expect(await hostExcel(book).run((ctx) => writeFormulaAtSelection(ctx, '=EXO.FINDINGS("OC")'))).toEqual({
      kind: "protected",
      sheet: "Sheet1",
    });
    expect(snapshot(book)).toBe(before);
  });
});

describe("caveats", () => {
  it("badge every finding the curator qualified, and every finding the data marks as uncited", async () => {
    const all = (await api<ListAnswer<Finding>>("/v1/findings?limit=1000")).data;
    for (const finding of all) {
      const labels = caveats(finding).map((c) => c.label);
      expect(labels.includes("curator's note")).toBe(finding.note !== "");
      expect(labels.includes("no citation")).toBe(finding.citation_given === "no");
      expect(labels.includes("direction implied")).toBe(finding.direction_basis === "implied");
    }
    expect(all.some((f) => f.note !== "")).toBe(true);
  });

  it("read the evidence columns", async () => {
    const [cited] = (await api<ListAnswer<Finding>>("/v1/findings?source=OC&limit=1")).data;
    const finding = { ...cited!, note: "", direction_basis: "implied", citation_given: "no", cargo_change: "depleted" } as const;
    expect(caveats(finding).map((c) => c.label)).toEqual(["direction implied", "no citation", "cargo depleted"]);
    const shared = { ...cited!, note: "", direction_basis: "stated", citation_given: "shared", cargo_change: "enriched" } as const;
    expect(caveats(shared).map((c) => c.label)).toEqual(["citation shared"]);
    const plain = { ...cited!, note: "", direction_basis: "stated", citation_given: "yes", cargo_change: "" } as const;
    expect(caveats(plain)).toEqual([]);
  });
});

describe("citation DOIs", () => {
  it("link exactly the works whose DOI references.tsv records, and never a malformed one", async () => {
    const real: Api = { get: (path: string) => api(path) };
    const recorded = references.filter((r) => r.doi !== "").map((r) => [r.key, r.doi]);
    expect(recorded.length).toBeGreaterThan(0);
    expect([...(await citationDois(real))]).toEqual(recorded);
    const withDois: Api = {
      get: async (path: string) => {
        const answer = await api<ListAnswer<Record<string, unknown>>>(path);
        return { ...answer, data: answer.data.map((reference, i) => ({ ...reference, doi: i === 0 ? "not a doi" : "" })) };
      },
    };
    expect((await citationDois(withDois)).size).toBe(0);
  });

  it("reads every page of /v1/references, however small the pages the service answers", async () => {
    const asked: string[] = [];
    const smallPages: Api = {
      get: (path: string) => {
        asked.push(path);
        return api(path.replace(/limit=\d+/, "limit=40"));
      },
    };
    const recorded = references.filter((r) => r.doi !== "").map((r) => [r.key, r.doi]);
    expect([...(await citationDois(smallPages))]).toEqual(recorded);
    expect(asked.length).toBe(Math.ceil(references.length / 40));
  });
});
