import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { axeViolations, serveAxe } from "./support/axe";
import { launch, openPane } from "./support/browser";
import { DEFAULT_COLUMNS, findings, lastDefaultColumn, row } from "./support/expect-data";
import { choose, countShown, notice, tickSource } from "./support/pane-actions";

let browser: Browser;
let context: BrowserContext;
let page: Page;

/** The focused control's accessible label, as the pane sets it (aria-label, aria-labelledby or its text). */
const focused = () =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    if (!active) return "";
    const labelledBy = active.getAttribute("aria-labelledby");
    return (
      active.getAttribute("aria-label") ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : active.textContent) ??
      ""
    ).trim();
  });

const focusOnBody = () => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

/** Presses Tab until the control labelled `label` has the focus; fails if it never gets it. */
async function tabTo(label: string): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    if ((await focused()) === label) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached "${label}"`);
}

/** Tabs to the drop-down labelled `label` and opens it with Enter. */
async function openWithEnter(label: string): Promise<void> {
  await tabTo(label);
  await page.keyboard.press("Enter");
  // Fluent's select focuses itself in the animation frame after it opens (FAST's DOM.queueUpdate).
  // Keys sent before that frame race it: a late frame pulled the focus back to Process after Tab had
  // reached Direction, Direction's keys went to Process, and Direction stayed "any". The select
  // writes aria-expanded in that same frame, so once it shows as expanded the focus has settled.
  await page.getByRole("combobox", { name: label, exact: true, expanded: true }).waitFor();
}

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe("the pane for keyboard and screen-reader users", () => {
  // A pane of its own for each test: what one test leaves (filters, tables, a route that fails
  // every count) must not decide whether the next one passes.
  beforeEach(async () => {
    ({ page, context } = await openPane(browser, serveAxe));
    // Opened means counted: until the first count lands, the preview is empty and Insert is off.
    await countShown(page, (await findings("")).meta.total);
  });

  afterEach(async () => {
    await context?.close();
  });

  it("names every control it shows, and passes axe on opening", async () => {
    const tree = await page.locator("#app").ariaSnapshot();
    expect(tree).toContain('checkbox "OC — osteoclast"');
    expect(tree).toContain('combobox "Process"');
    const unnamed = tree
      .split("\n")
      .filter((line) => /^\s*- (button|checkbox|combobox|textbox|searchbox|link|option|radio|slider)\s*(:|\[|$)/.test(line));
    expect(unnamed).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("finds and inserts a query with the keyboard alone; the focus moves to what Insert produced", async () => {
    const expected = await findings("source=CC&process=cartilage&direction=promotes");
    await page.evaluate(() => __exoHost.select("Sheet1!C5"));

    await tabTo("Filter sources");
    await page.keyboard.type("chondrocyte");
    await tabTo("CC — chondrocyte");
    await page.keyboard.press("Space");
    await openWithEnter("Process");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await openWithEnter("Direction");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await countShown(page, expected.meta.total)).toContain(`${expected.meta.total} finding`);

    await tabTo("Insert table at the selected cell");
    await page.keyboard.press("Enter");
    expect(await notice(page, "Inserted table")).toContain("Inserted table EXO_CC_cartilage_promotes at Sheet1!C6");
    expect(await page.evaluate((a) => __exoHost.values(a), `Sheet1!C7:${lastDefaultColumn("C")}${6 + expected.data.length}`)).toEqual(
      expected.data.map((f) => row(f, DEFAULT_COLUMNS)),
    );
    expect(await page.evaluate(() => document.activeElement?.classList.contains("notice"))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("opens a finding's detail and takes the focus there; Escape closes it and gives the focus back to its card", async () => {
    const first = page.locator(".card button[data-id]").first();
    const id = await first.textContent();
    await first.focus();
    await page.keyboard.press("Enter");
    await page.locator(".detail h3").waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H3");
    expect(await first.getAttribute("aria-expanded")).toBe("true");
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press("Escape");
    await page.locator(".detail").waitFor({ state: "hidden" });
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe(id);
  });

  it("scrolls the preview by keyboard: the list is a focusable region", async () => {
    const region = page.getByRole("region", { name: "Matching findings, scrollable" });
    expect(await region.getAttribute("tabindex")).toBe("0");
  });

  it("clears the free-text filter with Escape", async () => {
    const box = page.getByRole("textbox", { name: "Free text" });
    await box.fill("osteogenic");
    await box.press("Escape");
    // Fluent renders the new value into its inner input on its next update.
    await expect.poll(() => box.inputValue()).toBe("");
  });

  it("passes axe with the columns open", async () => {
    await page.locator("details.columns summary").click();
    expect(await axeViolations(page)).toEqual([]);
    await page.locator("details.columns summary").click();
  });

  it("passes axe after a refresh, and the focus is on its report", async () => {
    await page.evaluate(() => __exoHost.select("Sheet1!C5"));
    await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
    await notice(page, "Inserted table");
    await page.getByRole("button", { name: "Refresh all" }).click();
    await notice(page, "up to date");
    expect(await focusOnBody()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("passes axe with the verdict matrix inserted", async () => {
    await page.evaluate(() => __exoHost.select("Sheet1!Z1"));
    await page.getByRole("button", { name: "Insert matrix at the selected cell" }).click();
    await notice(page, "The legend");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("says which filter to loosen when nothing matches, and passes axe", async () => {
    await tickSource(page, "chondrocyte", "CC — chondrocyte");
    await choose(page, "Process", "cartilage metabolism");
    await choose(page, "Direction", "promotes");
    const box = page.getByRole("textbox", { name: "Free text" });
    await box.fill("zzzz-no-such-word");
    await countShown(page, 0);
    const without = await findings("source=CC&process=cartilage&direction=promotes");
    expect(await notice(page, "No finding matches")).toContain(
      `No finding matches. Loosen the free text "zzzz-no-such-word": without it, ${without.meta.total} would.`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Reset all filters" }).first().click();
    await countShown(page, (await findings("")).meta.total);
    await expect.poll(() => box.inputValue()).toBe("");
  });

  it("keeps the focus and the scroll where they are when a count fails while someone types", async () => {
    const findingsRoute = (url: URL) => url.pathname === "/v1/findings";
    await page.route(findingsRoute, (route) => route.abort("connectionrefused"));
    const box = page.getByRole("textbox", { name: "Free text" });
    await box.scrollIntoViewIfNeeded();
    await box.click();
    const where = (await box.boundingBox())!.y;
    await page.keyboard.type("ferroptosis");
    await page.getByRole("alert").filter({ hasText: "Could not count the matching findings." }).waitFor();
    expect(await focused()).toBe("Free text");
    // The box the user types in stays where it was on screen.
    expect(Math.abs((await box.boundingBox())!.y - where)).toBeLessThan(2);
    expect(await page.locator(".card").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Insert table at the selected cell" }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await page.unroute(findingsRoute);
    await page.getByRole("button", { name: "Try again" }).click();
    await countShown(page, (await findings("q=ferroptosis")).meta.total);
    expect(await page.getByRole("alert").count()).toBe(0);
  });

  it("shows progress while the service is slow, and says in words when it cannot be reached", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const findingsRoute = (url: URL) => url.pathname === "/v1/findings";
    await page.route(findingsRoute, async (route) => {
      await held;
      await route.abort("connectionrefused");
    });
    await page.getByRole("textbox", { name: "Free text" }).fill("apoptosis");
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
    await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
    await page.getByRole("alert").filter({ hasText: "Could not insert the table" }).waitFor();
    expect(await page.evaluate(() => globalThis.__exoHost.snapshot())).toBe(before);
    expect(await focusOnBody()).toBe(false);
    await page.unroute(findingsRoute);
  });
});

describe("the pane under reduced motion", () => {
  it("shows the words of its progress without the moving bar", async () => {
    const { page: calm, context } = await openPane(browser, undefined, { width: 320, height: 800, reducedMotion: true });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await calm.route(
      (url) => url.pathname === "/v1/findings",
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await calm.getByRole("textbox", { name: "Free text" }).fill("apoptosis");
    await calm.locator(".busy").filter({ hasText: "Counting the matching findings…" }).waitFor();
    expect(await calm.locator(".busy fluent-progress").isVisible()).toBe(false);
    release();
    await context.close();
  });
});
