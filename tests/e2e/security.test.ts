import type { Browser, Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Finding, ListAnswer, Source } from "../../addin/src/taskpane/types";
import { launch, openPane, type Pane } from "./support/browser";
import { api, DEFAULT_COLUMNS, lastDefaultColumn, row } from "./support/expect-data";
import { ORIGIN } from "./support/origin";
import { notice } from "./support/pane-actions";

/** Text that runs script if anything renders it as HTML, or that Excel would take for a formula. */
const hostile = {
  quote: `<script>window.__pwned = "script"</script>`,
  note: `"><img src=x onerror="window.__pwned='img'">`,
  citations: [`<b onmouseover="window.__pwned='b'">Li et al., 2020</b>`],
  context: `<svg onload="window.__pwned='svg'"></svg>`,
  cargo: [`=HYPERLINK("https://evil.example","click me")`],
};

let browser: Browser;
let pane: Pane;
let page: Page;
let doctored: Finding;
let real: Finding[];

/** A service that was tampered with: its first finding and one source name carry markup. */
async function tamper(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.route(
    (url) => url.pathname === "/v1/findings",
    async (route: Route) => {
      const response = await route.fetch();
      const body = (await response.json()) as ListAnswer<Finding>;
      await route.fulfill({ response, json: { ...body, data: [doctored, ...body.data.slice(1)] } });
    },
  );
  await page.route(
    (url) => url.pathname === "/v1/sources",
    async (route: Route) => {
      const response = await route.fetch();
      const body = (await response.json()) as ListAnswer<Source>;
      const [first, ...rest] = body.data;
      await route.fulfill({
        response,
        json: { ...body, data: [{ ...first!, name: `<img src=x onerror="window.__pwned='source'">` }, ...rest] },
      });
    },
  );
}

beforeAll(async () => {
  real = (await api<ListAnswer<Finding>>("/v1/findings?limit=5")).data;
  doctored = { ...real[0]!, ...hostile };
  browser = await launch();
  pane = await openPane(browser, tamper);
  page = pane.page;
});

afterAll(async () => {
  await browser?.close();
});

describe("a finding whose text holds markup", () => {
  it("is shown as text in the preview, the source list and the detail, and nothing runs", async () => {
    await page.locator(".card").first().waitFor();
    expect(await page.locator(".card").first().locator(".snippet").textContent()).toBe(`“${hostile.quote}”`);
    expect(await page.getByRole("checkbox", { name: /^BMSC — <img/ }).textContent()).toContain(
      `<img src=x onerror="window.__pwned='source'">`,
    );

    await page.getByRole("button", { name: doctored.id, exact: true }).click();
    const detail = page.locator(".detail");
    await detail.locator("dd.quote").waitFor();
    expect(await detail.locator("dd.quote").textContent()).toBe(hostile.quote);
    expect(await detail.textContent()).toContain(hostile.note);
    expect(await detail.textContent()).toContain(hostile.context);

    await page.getByRole("checkbox", { name: /^BMSC — <img/ }).hover();
    await detail.hover();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll("#app img, #app script, #app svg, #app b").length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  });

  it("goes into the workbook as literal text, never as a formula", async () => {
    await page.evaluate(() => __exoHost.select("Sheet1!A1"));
    await page.getByRole("button", { name: "Insert table at the selected cell" }).click();
    await notice(page, "Inserted table");
    expect(await page.evaluate((a) => __exoHost.values(a), `Sheet1!A3:${lastDefaultColumn("A")}3`)).toEqual([
      row(doctored, DEFAULT_COLUMNS),
    ]);
    expect(await page.evaluate(() => __exoHost.formulas("Sheet1!A1:J200"))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(pane.problems).toEqual([]);
  });
});

describe("the pane's page", () => {
  it("is served with a Content-Security-Policy that allows no inline or foreign script", async () => {
    const response = await fetch(`${ORIGIN}/taskpane.html`);
    expect(response.status).toBe(200);
    const policy = response.headers.get("Content-Security-Policy") ?? "";
    const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? "";
    expect(scripts.split(" ")).toContain("'self'");
    expect(scripts).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(policy).toContain("object-src 'none'");
  });
});
