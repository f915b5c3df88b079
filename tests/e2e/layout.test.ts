import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, serveAxe } from "./support/axe";
import { launch, openPane, PANE_WIDTHS, type PaneSize } from "./support/browser";
import { findings } from "./support/expect-data";
import { countShown, notice } from "./support/pane-actions";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** How far the page is wider than its viewport: 0 when nothing pushes it sideways. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Whether an element is entirely inside the viewport as the page opened (no scrolling). */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}

const sizes: [string, PaneSize][] = [
  ...PANE_WIDTHS.map((width): [string, PaneSize] => [`${width} px`, { width, height: 800 }]),
  ["320 px at 200 % zoom", { width: 320, height: 800, zoom: 2 }],
];

describe.each(sizes)("the pane at %s", (_name, size) => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await openPane(browser, serveAxe, size));
  });

  afterAll(async () => {
    await page.context().close();
  });

  it("shows the count and Insert without scrolling, and nothing wider than the pane", async () => {
    const all = await findings("");
    await countShown(page, all.meta.total);
    expect(await inView(page, ".count")).toBe(true);
    expect(await inView(page, 'fluent-button[aria-label="Insert table at the selected cell"]')).toBe(true);
    expect(await overflow(page)).toBe(0);
  });

  it("has no accessibility violations on opening", async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it("shows cargo → targets, a quote snippet and the caveats in the preview", async () => {
    const first = (await findings("")).data[0]!;
    const card = page.locator(".card").first();
    expect(await card.locator("button").textContent()).toBe(first.id);
    expect(await card.locator(".mechanism").textContent()).toBe(
      `${first.cargo.join(", ") || "none named"} → ${first.targets.join(", ") || "none named"}`,
    );
    expect(await card.locator(".snippet").textContent()).toContain(first.quote.slice(0, 40));
    if (first.note) expect(await card.locator(".badge").allTextContents()).toContain("curator's note");
    expect(await overflow(page)).toBe(0);
    // Scrolled down to the preview, the count and Insert stay in view above it; at 200 % zoom the
    // viewport is too short for a sticky bar, so there it scrolls away with the page.
    await page.getByRole("heading", { name: "Matching findings" }).evaluate((h) => h.scrollIntoView({ block: "start" }));
    const sticky = size.zoom === undefined;
    expect(await inView(page, ".count")).toBe(sticky);
    expect(await inView(page, 'fluent-button[aria-label="Insert table at the selected cell"]')).toBe(sticky);
    if (size.width === 320 && !size.zoom) {
      // The README's screenshot: Excel's default pane width on Windows.
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: "test-results/taskpane-320.png" });
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it("keeps every word of the quote whole in the detail, and still fits", async () => {
    const first = (await findings("")).data[0]!;
    await page.getByRole("button", { name: first.id, exact: true }).click();
    const quote = page.locator(".detail dd.quote");
    await quote.waitFor();
    // No line of the quote is broken inside a word: its box is at least as wide as its longest word.
    const { width, longest } = await quote.evaluate((dd) => {
      const probe = document.createElement("span");
      probe.style.whiteSpace = "nowrap";
      dd.appendChild(probe);
      let longest = 0;
      for (const word of (dd.firstChild?.textContent ?? "").split(/\s+/)) {
        probe.textContent = word;
        longest = Math.max(longest, probe.getBoundingClientRect().width);
      }
      probe.remove();
      return { width: dd.getBoundingClientRect().width, longest };
    });
    expect(width).toBeGreaterThanOrEqual(Math.min(longest, 120));
    expect(await overflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await quote.waitFor({ state: "hidden" });
  });

  it("fits after an insert with a long table name", async () => {
    await page.getByRole("textbox", { name: "Free text" }).fill("osteogenic differentiation");
    await countShown(page, (await findings("q=osteogenic%20differentiation")).meta.total);
    await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
    await notice(page, "Inserted table");
    expect(await overflow(page)).toBe(0);
  });

  it("fits and passes axe with the matrix inserted and after a refresh", async () => {
    await page.evaluate(() => __exoHost.select("Sheet1!AA1"));
    await page.getByRole("button", { name: "Insert matrix at the selected cell" }).click();
    await notice(page, "The legend");
    expect(await overflow(page)).toBe(0);
    await page.getByRole("button", { name: "Refresh all" }).click();
    await notice(page, "up to date");
    expect(await overflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("fits and passes axe when nothing matches, and when the count fails", async () => {
    const box = page.getByRole("textbox", { name: "Free text" });
    await box.fill("zzzz-no-such-word");
    await countShown(page, 0);
    await notice(page, "No finding matches");
    expect(await overflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    const findingsRoute = (url: URL) => url.pathname === "/v1/findings";
    await page.route(findingsRoute, (route) => route.abort("connectionrefused"));
    await box.fill("apoptosis");
    await page.getByRole("alert").filter({ hasText: "Could not count the matching findings." }).waitFor();
    expect(await overflow(page)).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.unroute(findingsRoute);
  });
});
