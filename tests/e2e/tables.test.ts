import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../addin/src/taskpane/types";
import { launch, openPane } from "./support/browser";
import { DEFAULT_COLUMNS, findings, lastDefaultColumn } from "./support/expect-data";
import { choose, countShown, notice, tickSource } from "./support/pane-actions";

let browser: Browser;
let page: Page;
let ocInhibits: Finding[];

beforeAll(async () => {
  ocInhibits = (await findings("source=OC&direction=inhibits")).data;
  browser = await launch();
  ({ page } = await openPane(browser));
  await tickSource(page, "osteoclast", "OC — osteoclast");
  await choose(page, "Direction", "inhibits");
  await countShown(page, ocInhibits.length);
});

afterAll(async () => {
  await browser?.close();
});

const tableButton = (action: string) => page.getByRole("button", { name: `${action} EXO_OC_inhibits`, exact: true });

describe("each inserted table, managed on its own", () => {
  it("is listed with its own Refresh, Go to, Edit query and Stop tracking", async () => {
    await page.evaluate(() => __exoHost.select("Sheet1!A1"));
    await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
    await notice(page, "Inserted table EXO_OC_inhibits");
    for (const action of ["Refresh", "Go to", "Edit query", "Stop tracking"]) await tableButton(action).waitFor();
  });

  it("Go to shows the table's sheet with the table selected", async () => {
    await page.evaluate(() => {
      __exoHost.book.addSheet("Elsewhere");
      __exoHost.select("Elsewhere!C3");
    });
    await tableButton("Go to").click();
    await page.waitForFunction(() => __exoHost.activeSheet() === "Sheet1");
    expect(await page.evaluate(() => __exoHost.selection())).toEqual({
      sheet: "Sheet1",
      box: { row: 1, column: 0, rows: ocInhibits.length + 1, columns: DEFAULT_COLUMNS.length },
    });
    // The button keeps the focus through being disabled while Excel worked: it never falls to the page.
    await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "Go to EXO_OC_inhibits");
  });

  it("Edit query loads the table's query into the builder", async () => {
    await page.getByRole("button", { name: "Reset all filters" }).click();
    await countShown(page, (await findings("")).meta.total);
    await tableButton("Edit query").click();
    await countShown(page, ocInhibits.length);
    expect(await page.getByRole("checkbox", { name: "OC — osteoclast" }).isChecked()).toBe(true);
    expect(await page.getByRole("combobox", { name: "Direction" }).textContent()).toContain("inhibits");
    expect(await notice(page, "is in the builder")).toContain("The query of EXO_OC_inhibits is in the builder.");
  });

  it("Refresh brings only that table up to date", async () => {
    await tableButton("Refresh").click();
    expect(await notice(page, "up to date")).toBe(
      `EXO_OC_inhibits: up to date, ${ocInhibits.length} rows at Sheet1!A2:${lastDefaultColumn("A")}${2 + ocInhibits.length}. No row changed.`,
    );
  });

  it("Stop tracking leaves the table as it is and drops its query", async () => {
    const before = await page.evaluate(() => JSON.stringify(__exoHost.tables()));
    await tableButton("Stop tracking").click();
    expect(await notice(page, "Refresh no longer touches it")).toContain("EXO_OC_inhibits stays in the sheet as it is");
    expect(await page.evaluate(() => JSON.stringify(__exoHost.tables()))).toBe(before);
    expect(JSON.parse((await page.evaluate(() => __exoHost.settings()))["exo-bone.tables"] as string)).toEqual([]);
    await page.locator("ul.tables li").filter({ hasText: "None yet" }).waitFor();
    // The focus went to the report, not to the page, though the button that had it is gone.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("notice"))).toBe(true);
  });
});

describe("Insert as formula", () => {
  it("writes the EXO.FINDINGS formula that gives the same rows as the pane's query", async () => {
    await page.evaluate(() => __exoHost.select("Sheet1!P1"));
    await page.getByRole("button", { name: "Insert as formula" }).click();
    expect(await notice(page, "Wrote")).toContain('Wrote =EXO.FINDINGS("OC",,"inhibits") in Sheet1!P1.');
    expect(await page.evaluate(() => __exoHost.formulas("Sheet1!P1"))).toEqual(['=EXO.FINDINGS("OC",,"inhibits")']);
    // Excel calculating that formula spills the same findings the pane counted.
    const spilled = await page.evaluate(() => __exoHost.calculate("EXO.FINDINGS", "OC", null, "inhibits"));
    if (!("value" in spilled)) throw new Error(`FINDINGS failed: ${spilled.message}`);
    expect((spilled.value as string[][]).slice(1).map((r) => r[0])).toEqual(ocInhibits.map((f) => f.id));
  });

  it("writes several sources as one comma-separated argument", async () => {
    await tickSource(page, "osteoblast", "OB — osteoblast");
    await countShown(page, (await findings("source=OC,OB&direction=inhibits")).meta.total);
    await page.evaluate(() => __exoHost.select("Sheet1!R1"));
    await page.getByRole("button", { name: "Insert as formula" }).click();
    expect(await notice(page, "Wrote")).toContain('Wrote =EXO.FINDINGS("OC,OB",,"inhibits") in Sheet1!R1.');
  });
});
