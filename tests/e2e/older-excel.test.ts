// An Excel build older than the add-in's newest features: the manifest requires only the shared
// runtime, so the add-in loads, and each feature checks the requirement set it needs when it runs.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Calculated } from "./host/custom-functions";
import { launch, openPane } from "./support/browser";
import { api } from "./support/expect-data";
import { notice } from "./support/pane-actions";

let browser: Browser;
let page: Page;

const calculate = (name: string, ...args: unknown[]): Promise<Calculated> =>
  page.evaluate(([name, args]) => __exoHost.calculate(name as string, ...(args as unknown[])), [name, args] as const);

beforeAll(async () => {
  browser = await launch();
  // ExcelApi 1.12: no Table.resize (1.13) and no data types (1.16).
  ({ page } = await openPane(browser));
  await page.evaluate(() => __exoHost.supportSets({ ExcelApi: "1.12", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" }));
});

afterAll(async () => {
  await browser?.close();
});

describe("on Excel with ExcelApi 1.12", () => {
  it("every function still answers, and EXO.FINDING is text", async () => {
    const effect = await api<{ verdict: string }>("/v1/effect?source=OC&process=cartilage");
    expect(await calculate("EXO.EFFECT", "OC", "cartilage")).toEqual({ value: effect.verdict });
    const id = (await api<{ data: { id: string }[] }>("/v1/findings?limit=1")).data[0]!.id;
    const finding = await calculate("EXO.FINDING", id);
    expect(finding).toMatchObject({ value: expect.stringMatching(new RegExp(`^${id} · `)) });
  });

  it("Insert works, and Refresh all says it needs a newer Excel instead of failing halfway", async () => {
    await page.evaluate(() => __exoHost.select("Sheet1!A1"));
    await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
    await notice(page, "Inserted table");
    const before = await page.evaluate(() => __exoHost.snapshot());
    await page.getByRole("button", { name: "Refresh all" }).click();
    expect(await notice(page, "ExcelApi 1.13")).toContain("Update Excel, or delete the table and insert the query again.");
    expect(await page.evaluate(() => __exoHost.snapshot())).toBe(before);
  });
});
