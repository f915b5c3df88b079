import { mkdirSync } from "node:fs";
import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetInfo, Finding, ListAnswer, MatrixRow } from "../../addin/src/taskpane/types";
import { launch, openPane, type Pane } from "./support/browser";
import { api, DEFAULT_COLUMNS, findings, lastDefaultColumn, row } from "./support/expect-data";
import { choose, countShown, notice, previewIds, tickSource } from "./support/pane-actions";

/** The colours the matrix promises (Okabe–Ito), written out here rather than taken from the add-in. */
const FILLS: Record<string, string> = {
  promotes: "#56B4E9",
  inhibits: "#E69F00",
  mixed: "#CC79A7",
  not_studied: "#BBBBBB",
  no_data: "#FFFFFF",
};
const WORDS: Record<string, string> = {
  promotes: "promotes",
  inhibits: "inhibits",
  mixed: "mixed",
  not_studied: "not studied",
  no_data: "no data",
};

let browser: Browser;
let pane: Pane;
let page: Page;
let ocCartilage: Finding[];
/** The last columns of a default table inserted at column B, and at A of a new sheet. */
const END = lastDefaultColumn("B");
const END_A = lastDefaultColumn("A");

/** Runs `fn` in the page against the simulated host. */
const host = <T>(fn: (h: typeof globalThis.__exoHost) => T): Promise<Awaited<T>> =>
  page.evaluate(`(${fn.toString()})(globalThis.__exoHost)`);

beforeAll(async () => {
  ocCartilage = (await findings("source=OC&process=cartilage")).data;
  browser = await launch();
  pane = await openPane(browser);
  page = pane.page;
});

afterAll(async () => {
  await browser?.close();
});

describe("the task pane in a simulated Excel", () => {
  it("counts and previews the findings of a query exactly as the API answers it", async () => {
    const all = await api<ListAnswer<Finding>>("/v1/findings?limit=10");
    expect(await countShown(page, all.meta.total)).toBe(`${all.meta.total} findings match.`);

    await tickSource(page, "osteoclast", "OC — osteoclast");
    await choose(page, "Process", "cartilage metabolism");

    expect(ocCartilage.length).toBeGreaterThan(1);
    expect(await countShown(page, ocCartilage.length)).toBe(`${ocCartilage.length} findings match.`);
    expect(await previewIds(page)).toEqual(ocCartilage.slice(0, 10).map((f) => f.id));
  });

  it("shows a finding's quote, citations, section, note and caveats when its card is chosen", async () => {
    const finding = ocCartilage[0]!;
    await page.getByRole("button", { name: finding.id, exact: true }).click();
    const detail = page.locator(".detail");
    await detail.locator("h3").waitFor();
    const fields = Object.fromEntries(
      await detail.locator("dt").evaluateAll((terms) => terms.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])),
    );
    expect(fields.Quote).toBe(finding.quote);
    expect(fields.Citations).toBe(finding.citations.join("; ") || "none given");
    expect(fields.Section).toBe(finding.section);
    expect(fields.Note).toBe(finding.note || "none");
    const badges = await detail.locator(".badge").allTextContents();
    expect(badges.some((b) => b.startsWith("curator's note"))).toBe(finding.note !== "");
    expect(badges.some((b) => b.startsWith("no citation"))).toBe(finding.citations.length === 0);
  });

  it("inserts the findings as a table under a caption that says where they came from, and saves the query", async () => {
    const info = await api<DatasetInfo>("/v1/dataset");
    await host((h) => h.select("Sheet1!B3"));
    await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
    const last = 4 + ocCartilage.length;
    expect(await notice(page, "Inserted table")).toContain(
      `Inserted table EXO_OC_cartilage at Sheet1!B4:${END}${last}, with where it came from (dataset, query, date, DOI, licence) in Sheet1!B3 above it.`,
    );

    const caption = String((await host((h) => h.values("Sheet1!B3")))[0]![0]);
    expect(caption).toContain(`exo-bone dataset ${info.version}`);
    expect(caption).toContain(`query ${new URL(page.url()).origin}/v1/findings?source=OC&process=cartilage&format=csv`);
    expect(caption).toMatch(/retrieved \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
    expect(caption).toContain(`doi:${info.source.doi}`);
    expect(caption).toContain(`licence ${info.license.title}`);
    expect(await page.evaluate((a) => __exoHost.values(a), `Sheet1!B4:${END}4`)).toEqual([DEFAULT_COLUMNS]);
    expect(await page.evaluate((a) => __exoHost.values(a), `Sheet1!B5:${END}${last}`)).toEqual(
      ocCartilage.map((f) => row(f, DEFAULT_COLUMNS)),
    );
    expect(await host((h) => h.tables())).toEqual([
      {
        id: expect.any(String),
        name: "EXO_OC_cartilage",
        sheet: "Sheet1",
        box: { row: 3, column: 1, rows: ocCartilage.length + 1, columns: DEFAULT_COLUMNS.length },
        style: "TableStyleMedium2",
      },
    ]);
    const saved = JSON.parse((await host((h) => h.settings()))["exo-bone.tables"] as string);
    expect(saved).toMatchObject([
      {
        id: expect.any(String),
        name: "EXO_OC_cartilage",
        query: { kind: "findings", query: { sources: ["OC"], process: "cartilage" }, columns: DEFAULT_COLUMNS },
      },
    ]);
    await page.locator("ul.tables li").filter({ hasText: "EXO_OC_cartilage" }).waitFor();
  });

  it("writes nothing over a user's data, then inserts on a new sheet when asked — the way out has the focus", async () => {
    await host((h) => {
      h.select("Sheet1!D20");
      h.type("Sheet1!H22", [["my own note"]]);
    });
    const before = await host((h) => h.snapshot());
    await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
    expect(await notice(page, "Nothing was written")).toContain("Sheet1!H22 already holds data");
    expect(await host((h) => h.snapshot())).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Insert on a new sheet");

    const sheet1 = await host((h) => JSON.stringify([...h.book.sheet("Sheet1").cells]));
    await page.keyboard.press("Enter");
    expect(await notice(page, "Inserted table")).toContain(
      `Inserted table EXO_OC_cartilage_2 at 'EXO findings'!A2:${END_A}${ocCartilage.length + 2}`,
    );
    expect(await host((h) => h.activeSheet())).toBe("EXO findings");
    expect(await host((h) => h.values("'EXO findings'!A2:A3"))).toEqual([["id"], [ocCartilage[0]!.id]]);
    expect(await host((h) => JSON.stringify([...h.book.sheet("Sheet1").cells]))).toBe(sheet1);
  });

  it("refreshes every saved table after a dataset update, says which findings changed, and never overwrites a row a user typed", async () => {
    const table = (name: string) => page.evaluate((name) => __exoHost.tables().find((t) => t.name === name)!.box, name);
    const dropped = ocCartilage.at(-1)!.id;
    // The service now answers with one finding fewer, under a new dataset version.
    const older = async (route: Route) => {
      const response = await route.fetch();
      const body = (await response.json()) as ListAnswer<Finding>;
      const data = body.data.filter((f) => f.id !== dropped);
      await route.fulfill({ response, json: { data, meta: { ...body.meta, total: data.length, dataset: "1.0.1+simulated" } } });
    };
    const findingsRoute = (url: URL) => url.pathname === "/v1/findings";
    await page.route(findingsRoute, older);

    await page.getByRole("button", { name: "Refresh all" }).click();
    const shrunk = ocCartilage.length - 1;
    const text = await notice(page, "up to date");
    expect(text).toContain(`EXO_OC_cartilage: up to date, ${shrunk} rows at Sheet1!B4:${END}${4 + shrunk}. 1 removed (${dropped}).`);
    expect(text).toContain(
      `EXO_OC_cartilage_2: up to date, ${shrunk} rows at 'EXO findings'!A2:${END_A}${2 + shrunk}. 1 removed (${dropped}).`,
    );
    expect((await host((h) => h.values("Sheet1!B3")))[0]![0]).toContain("exo-bone dataset 1.0.1+simulated");
    expect((await table("EXO_OC_cartilage")).rows).toBe(shrunk + 1);
    const freed = `Sheet1!B${4 + ocCartilage.length}:${END}${4 + ocCartilage.length}`;
    expect(await page.evaluate((freed) => __exoHost.values(freed), freed)).toEqual([Array(DEFAULT_COLUMNS.length).fill("")]);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("notice"))).toBe(true);

    // Back to the full answer, but the user has typed just below the table: Excel took that row in.
    await page.unroute(findingsRoute, older);
    const below = `Sheet1!C${4 + shrunk + 1}`;
    await page.evaluate((below) => __exoHost.type(below, [["n = 12 mice"]]), below);
    expect((await table("EXO_OC_cartilage")).rows).toBe(shrunk + 2);
    const typed = await host((h) => JSON.stringify([...h.book.sheet("Sheet1").cells]));
    await page.getByRole("button", { name: "Refresh all" }).click();
    const blocked = await notice(page, "not refreshed");
    expect(blocked).toContain(
      `EXO_OC_cartilage: not refreshed, so as not to overwrite your edit: ${below} holds something the pane did not write`,
    );
    expect(blocked).toContain(
      `EXO_OC_cartilage_2: up to date, ${ocCartilage.length} rows at 'EXO findings'!A2:${END_A}${2 + ocCartilage.length}. 1 added (${dropped}).`,
    );
    expect(await host((h) => JSON.stringify([...h.book.sheet("Sheet1").cells]))).toBe(typed);

    // The user moves the note out of the table (Excel shrinks it back), and refresh goes through.
    await page.evaluate((below) => __exoHost.erase(below), below);
    await host((h) => {
      const t = h.book.table("EXO_OC_cartilage")!;
      t.box = { ...t.box, rows: t.box.rows - 1 };
    });
    await page.getByRole("button", { name: "Refresh EXO_OC_cartilage", exact: true }).click();
    expect(await notice(page, "up to date")).toContain(
      `EXO_OC_cartilage: up to date, ${ocCartilage.length} rows at Sheet1!B4:${END}${4 + ocCartilage.length}. 1 added (${dropped}).`,
    );
    expect(await page.evaluate((a) => __exoHost.values(a), `Sheet1!B5:${END}${4 + ocCartilage.length}`)).toEqual(
      ocCartilage.map((f) => row(f, DEFAULT_COLUMNS)),
    );
  });

  it("inserts the verdict matrix with every cell coloured by its verdict and a legend", async () => {
    const matrix = (await api<ListAnswer<MatrixRow>>("/v1/matrix?basis=evidence")).data;
    await host((h) => h.select("Sheet1!R1"));
    await choose(page, "Verdicts", "derived from the findings");
    await page.getByRole("button", { name: "Insert matrix at the selected cell" }).click();
    const end = 2 + matrix.length;
    const said = await notice(page, "Inserted table");
    expect(said).toContain(`Inserted table EXO_matrix_evidence at Sheet1!R2:X${end}`);
    expect(await host((h) => h.values("Sheet1!X2"))).toEqual([["exceptions"]]);
    expect(said).toContain("The legend, with what each verdict means, is at Sheet1!Z2:AA8.");

    const processes = ["formation", "resorption", "cartilage"] as const;
    expect(await page.evaluate((end) => __exoHost.values(`Sheet1!R2:W${end}`), end)).toEqual([
      ["source", "name", "group", ...processes],
      ...matrix.map((m) => [m.source, m.name, m.group, ...processes.map((p) => WORDS[m[p]])]),
    ]);
    expect(await page.evaluate((end) => __exoHost.fills(`Sheet1!U3:W${end}`), end)).toEqual(
      matrix.map((m) => processes.map((p) => FILLS[m[p]])),
    );
    expect(new Set(matrix.flatMap((m) => processes.map((p) => m[p]))).size).toBeGreaterThan(2);
    expect(await host((h) => h.values("Sheet1!Z2:Z8"))).toEqual([
      ["verdict"],
      ["promotes"],
      ["inhibits"],
      ["mixed"],
      ["not studied"],
      ["no data"],
      ["exceptions"],
    ]);
    expect(await host((h) => h.fills("Sheet1!Z3:Z7"))).toEqual([
      [FILLS.promotes],
      [FILLS.inhibits],
      [FILLS.mixed],
      [FILLS.not_studied],
      [FILLS.no_data],
    ]);
    // The pane explains the same verdicts in the same words as the legend it writes.
    const legend = await host((h) => h.values("Sheet1!Z3:AA8"));
    const shown = await page.locator("dl.legend dd").allTextContents();
    expect(shown).toEqual(legend.map(([, meaning]) => meaning));
  });

  it("names its data source in the footer and was never blocked by its content security policy", async () => {
    const info = await api<DatasetInfo>("/v1/dataset");
    const footer = page.locator("footer");
    expect(await footer.textContent()).toContain(`Dataset ${info.version}`);
    expect(await footer.getByRole("link", { name: info.source.title }).getAttribute("href")).toBe(`https://doi.org/${info.source.doi}`);
    expect(await footer.getByRole("link", { name: "API documentation" }).getAttribute("href")).toBe(`${new URL(page.url()).origin}/docs`);
    expect(pane.problems).toEqual([]);

    await page.getByRole("button", { name: ocCartilage[1]!.id, exact: true }).click();
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/taskpane.png", fullPage: true });
  });
});
