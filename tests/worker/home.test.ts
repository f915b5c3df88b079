import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { VERDICT_COLOURS } from "../../worker/src/contract";
import { get } from "./fetch";
import { sources, verdictOf } from "./raw-data";

const page = async () => {
  const response = await get("/");
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toContain("text/html");
  return { html: await response.text(), policy: response.headers.get("Content-Security-Policy") ?? "" };
};

describe("GET / is a page for people", () => {
  it("shows the verdict matrix as a table, one row per source, verdicts from verdicts.tsv", async () => {
    const { html } = await page();
    for (const source of sources) {
      const row = new RegExp(`<tr><th scope="row"><abbr[^>]*>${source.code}</abbr>.*?</tr>`).exec(html)?.[0];
      expect(row, source.code).toBeDefined();
      const cells = [...row!.matchAll(/<td class="v-(\w+)">/g)].map((m) => m[1]);
      expect(cells, source.code).toEqual(["formation", "resorption", "cartilage"].map((p) => verdictOf(source.code!, p)));
    }
  });

  it("colours verdicts as the task pane does, with a legend naming each", async () => {
    const { html } = await page();
    for (const [verdict, colour] of Object.entries(VERDICT_COLOURS)) {
      expect(html).toContain(`.v-${verdict}{background:${colour}}`);
      expect(html).toContain(`<li><span class="swatch v-${verdict}"></span>`);
    }
  });

  it("names the review and its DOI, says how to cite, and runs no script", async () => {
    const { html, policy } = await page();
    expect(html).toContain('href="https://doi.org/10.3389/fphar.2024.1516125"');
    expect(html).toContain("How to cite");
    expect(html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/, "")).not.toContain("<script");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain("script-src");
  });

  it("carries schema.org Dataset JSON-LD whose downloads are served", async () => {
    const { html } = await page();
    const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!;
    const ld = JSON.parse(block) as {
      "@type": string;
      license: string;
      isBasedOn: { identifier: string };
      distribution: { contentUrl: string }[];
    };
    expect(ld["@type"]).toBe("Dataset");
    expect(ld.isBasedOn.identifier).toBe("https://doi.org/10.3389/fphar.2024.1516125");
    expect(ld.distribution.map((d) => d.contentUrl)).toContain("https://exo-bone.test/data/findings.tsv");
    for (const { contentUrl } of ld.distribution) expect((await env.ASSETS.fetch(contentUrl)).status, contentUrl).toBe(200);
  });

  it("every link on the page answers", async () => {
    const { html } = await page();
    const hrefs = [...new Set([...html.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
    expect(hrefs).toEqual(
      expect.arrayContaining(["/docs", "/openapi.json", "/manifest.xml", "/data/datapackage.json", "/data/findings.tsv"]),
    );
    for (const href of hrefs) {
      const viaWorker = await get(href);
      expect(viaWorker.status, href).toBe(200);
    }
  });
});
