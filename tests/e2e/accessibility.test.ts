import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, openPane } from "./support/browser";
import { DEFAULT_COLUMNS, findings, row } from "./support/expect-data";
import { countShown, notice } from "./support/pane-actions";

let browser: Browser;
let page: Page;

/** The focused control's accessible label, as the pane sets it (aria-label, aria-labelledby or its text). */
const focused = () =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return "";
    const labelledBy = active.getAttribute("aria-labelledby");
    return (active.getAttribute("aria-label") ?? (labelledBy ? document.getElementById(labelledBy)?.textContent : active.textContent) ?? "").trim();
  });

/** Presses Tab until the control labelled `label` has the focus; fails if it never gets it. */
async function tabTo(label: string): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if ((await focused()) === label) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached "${label}"`);
}

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openPane(browser));
});

afterAll(async () => {
  await browser?.close();
});

describe("the pane for keyboard and screen-reader users", () => {
  it("names every control it shows", async () => {
    const tree = await page.locator("#app").ariaSnapshot();
    expect(tree).toContain('checkbox "OC — osteoclast"');
    expect(tree).toContain('combobox "Process"');
    const unnamed = tree.split("\n").filter((line) => /^\s*- (button|checkbox|combobox|textbox|searchbox|link|option|radio|slider)\s*(:|\[|$)/.test(line));
    expect(unnamed).toEqual([]);
  });

  it("finds and inserts a query with the keyboard alone", async () => {
    const expected = await findings("source=CC&process=cartilage&direction=promotes");
    await page.evaluate(() => __exoHost.select("Sheet1!C5"));

    await tabTo("Filter sources");
    await page.keyboard.type("chondrocyte");
    await tabTo("CC — chondrocyte");
    await page.keyboard.press("Space");
    await tabTo("Process");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await tabTo("Direction");
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await countShown(page, expected.meta.total)).toContain(`${expected.meta.total} finding`);

    await tabTo("Insert table at the selected cell");
    await page.keyboard.press("Enter");
    expect(await notice(page, "Inserted table")).toContain("Inserted table EXO_CC_cartilage_promotes at Sheet1!C5");
    expect(await page.evaluate((n) => __exoHost.values(`Sheet1!C6:L${5 + n}`), expected.data.length)).toEqual(expected.data.map((f) => row(f, DEFAULT_COLUMNS)));
  });

  it("shows progress while the service is slow, and says in words when it cannot be reached", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const findingsRoute = (url: URL) => url.pathname === "/v1/findings";
    await page.route(findingsRoute, async (route) => {
      await held;
      await route.abort("connectionrefused");
    });
    await page.getByRole("textbox", { name: "Free text" }).fill("ferroptosis");
    const progress = page.locator(".busy");
    await progress.filter({ hasText: "Counting the matching findings…" }).waitFor();
    expect(await page.locator("#app").getAttribute("aria-busy")).toBe("true");
    release();

    const alert = page.getByRole("alert");
    await alert.filter({ hasText: "Could not count the matching findings." }).waitFor();
    expect(await alert.textContent()).toMatch(/could not be reached.*try again/);
    expect(await page.locator(".count").textContent()).toBe("The matching findings could not be counted.");
    await progress.waitFor({ state: "hidden" });
    await page.unroute(findingsRoute);
  });

  it("leaves the workbook untouched when the service fails during Insert, and says so", async () => {
    await page.evaluate(() => globalThis.__exoHost.select("Sheet1!M40"));
    const before = await page.evaluate(() => globalThis.__exoHost.snapshot());
    const findingsRoute = (url: URL) => url.pathname === "/v1/findings";
    await page.route(findingsRoute, (route) => route.abort("connectionreset"));
    await page.getByRole("textbox", { name: "Free text" }).fill("apoptosis");
    await page.getByRole("alert").filter({ hasText: "could not be reached" }).first().waitFor();
    await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
    await page.getByRole("alert").filter({ hasText: /insert|could not/i }).first().waitFor();
    expect(await page.evaluate(() => globalThis.__exoHost.snapshot())).toBe(before);
    await page.unroute(findingsRoute);
  });
});
