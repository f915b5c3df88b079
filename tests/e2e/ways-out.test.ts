import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetInfo, Finding } from "../../addin/src/taskpane/types";
import { launch, openPane } from "./support/browser";
import { api, findings } from "./support/expect-data";
import { ORIGIN } from "./support/origin";
import { choose, countShown, previewIds, tickSource } from "./support/pane-actions";

/** Cited works' DOIs as references.tsv records them. */
const DOIS = (() => {
  const [header, ...lines] = readFileSync(new URL("../../data/references.tsv", import.meta.url), "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter(Boolean);
  const columns = header!.split("\t");
  const rows = lines.map((line) => line.split("\t"));
  return new Map(
    rows.filter((cells) => cells[columns.indexOf("doi")]).map((cells) => [cells[columns.indexOf("key")]!, cells[columns.indexOf("doi")]!]),
  );
})();

let browser: Browser;
let page: Page;
let bmscFormation: Finding[];
let info: DatasetInfo;

beforeAll(async () => {
  bmscFormation = (await findings("source=BMSC&process=formation")).data;
  info = await api<DatasetInfo>("/v1/dataset");
  browser = await launch();
  ({ page } = await openPane(browser));
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  await tickSource(page, "BMSC", "BMSC — bone marrow mesenchymal stem cell");
  await choose(page, "Process", "bone formation");
  await countShown(page, bmscFormation.length);
});

afterAll(async () => {
  await browser?.close();
});

const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

describe("ways out of the pane", () => {
  it("shows more than ten findings, then all of them", async () => {
    expect(bmscFormation.length).toBeGreaterThan(10);
    expect(await previewIds(page)).toEqual(bmscFormation.slice(0, 10).map((f) => f.id));
    // The first try fails: the pane says so and offers to try again.
    const nextPage = (url: URL) => url.pathname === "/v1/findings" && url.searchParams.has("offset");
    await page.route(nextPage, (route) => route.abort("connectionrefused"));
    await page.getByRole("button", { name: "Show more" }).click();
    await page.getByRole("alert").filter({ hasText: "Could not load more findings." }).waitFor();
    await page.unroute(nextPage);
    await page.getByRole("button", { name: "Try again" }).click();
    await page
      .locator(".card")
      .nth(Math.min(bmscFormation.length, 60) - 1)
      .waitFor();
    expect(await previewIds(page)).toEqual(bmscFormation.slice(0, 60).map((f) => f.id));
  });

  it("sorts the preview", async () => {
    await choose(page, "Sort the preview by", "most citations first");
    const shown = await previewIds(page);
    const citations = shown.map((id) => bmscFormation.find((f) => f.id === id)!.citations.length);
    expect(citations).toEqual([...citations].sort((a, b) => b - a));
    await choose(page, "Sort the preview by", "the review's order");
    expect(await previewIds(page)).toEqual(bmscFormation.slice(0, shown.length).map((f) => f.id));
  });

  it("gives the query as a CSV download, an API URL, an R line and a pandas line that all fetch the same rows", async () => {
    await page.locator("details.exports summary").click();
    const url = `${ORIGIN}/v1/findings?source=BMSC&process=formation&format=csv`;
    expect(await page.getByRole("link", { name: "Download CSV" }).getAttribute("href")).toBe(url);
    expect(await page.getByRole("textbox", { name: "API URL", exact: true }).inputValue()).toBe(url);
    expect(await page.getByRole("textbox", { name: "R", exact: true }).inputValue()).toBe(
      `findings <- read.csv("${url}", encoding = "UTF-8", colClasses = "character")`,
    );
    expect(await page.getByRole("textbox", { name: "pandas", exact: true }).inputValue()).toBe(
      `findings = pandas.read_csv("${url}", keep_default_na=False)`,
    );
    const csv = await (await fetch(url)).text();
    expect(
      csv
        .trim()
        .split(/\r?\n/)
        .slice(1)
        .map((line) => line.split(",")[0]),
    ).toEqual(bmscFormation.map((f) => f.id));

    // The file saved starts with a byte order mark, so Excel reads its β and κ as UTF-8; the rest is the API's CSV.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("exo-bone-findings.csv");
    const saved = readFileSync(await download.path(), "utf8");
    expect(saved).toBe(`\uFEFF${csv}`);
    await page.getByText("Sent exo-bone-findings.csv to your downloads.").waitFor({ state: "attached" });

    await page.getByRole("button", { name: "Copy the R line" }).click();
    await page.getByText("R line copied.").waitFor({ state: "attached" });
    expect(await clipboard()).toBe(`findings <- read.csv("${url}", encoding = "UTF-8", colClasses = "character")`);
  });

  it("says so when the CSV cannot be downloaded", async () => {
    const csvRequest = (url: URL) => url.searchParams.get("format") === "csv";
    await page.route(csvRequest, (route) => route.fulfill({ status: 503, body: "" }));
    await page.getByRole("link", { name: "Download CSV" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Could not download the CSV. The exo-bone service at" })
      .filter({ hasText: "HTTP 503" })
      .waitFor();
    await page.unroute(csvRequest);
  });

  it("links each finding to its passage, the review and its cited works, and copies its quote with the citation", async () => {
    // A finding citing a work whose DOI references.tsv records.
    const finding = bmscFormation.find((f) => f.citations.some((key) => DOIS.has(key))) ?? bmscFormation[0]!;
    await page.getByRole("button", { name: finding.id, exact: true }).click();
    const detail = page.locator(".detail");
    expect(await detail.getByRole("link", { name: `The review (doi:${info.source.doi})` }).getAttribute("href")).toBe(
      `https://doi.org/${info.source.doi}`,
    );
    expect(await detail.getByRole("link", { name: "The quoted passage in the review" }).getAttribute("href")).toBe(finding.quote_url);
    const cited = finding.citations.filter((key) => DOIS.has(key));
    expect(cited.length).toBeGreaterThan(0);
    for (const key of cited)
      expect(await detail.getByRole("link", { name: `${key} (doi:${DOIS.get(key)})` }).getAttribute("href")).toBe(
        `https://doi.org/${DOIS.get(key)}`,
      );
    await detail.getByRole("button", { name: "Copy quote with citation" }).click();
    await page.getByText("Quote copied with its citation.").waitFor({ state: "attached" });
    const copied = await clipboard();
    expect(copied).toContain(`“${finding.quote}”`);
    for (const key of finding.citations) expect(copied).toContain(key);
    expect(copied).toContain(`doi:${info.source.doi}`);
    expect(copied).toContain(finding.id);
  });
});

describe("a pane whose office.js does not load", () => {
  it("says so in plain words instead of staying blank", async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const blank = await context.newPage();
    await blank.route(
      (url) => !url.href.startsWith(ORIGIN),
      (route) => route.abort("blockedbyclient"),
    );
    await blank.goto(`${ORIGIN}/taskpane.html`);
    const alert = blank.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("The exo-bone pane cannot start: office.js, Microsoft's Office library, did not load.");
    expect(await alert.textContent()).toContain("appsforoffice.microsoft.com");
    await context.close();
  });
});
