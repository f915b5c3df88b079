// The real office.js loader (npm @microsoft/office-js), served from this machine in place of
// Microsoft's CDN: the functions bundle registers every function functions.json declares.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "./support/browser";
import { api } from "./support/expect-data";
import { ORIGIN } from "./support/origin";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const officeDist = join(dirname(createRequire(import.meta.url).resolve("@microsoft/office-js/package.json")), "dist");

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe("the real office.js", () => {
  it("registers every function of functions.json, under its id", async () => {
    const page = await browser.newPage();
    const served: string[] = [];
    // Nothing leaves the machine: office.js and the files it loads come from the npm package.
    await page.route(
      (url) => !url.href.startsWith(ORIGIN),
      (route) => {
        const url = route.request().url();
        if (!url.startsWith(OFFICE_CDN)) return route.abort("blockedbyclient");
        const file = new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length);
        served.push(file);
        return route.fulfill({ contentType: "text/javascript", body: readFileSync(join(officeDist, file)) });
      },
    );
    await page.goto(`${ORIGIN}/taskpane.html`);
    const metadata = await api<{ functions: { id: string }[] }>("/functions.json");
    const ids = metadata.functions.map((f) => f.id.toUpperCase()).sort();
    type WithOffice = { CustomFunctions?: { _association?: { mappings: Record<string, unknown> } } };
    await page.waitForFunction(
      (count) => Object.keys((globalThis as WithOffice).CustomFunctions?._association?.mappings ?? {}).length >= count,
      ids.length,
    );
    const registered = await page.evaluate(() =>
      Object.entries((globalThis as WithOffice).CustomFunctions!._association!.mappings)
        .filter(([, fn]) => typeof fn === "function")
        .map(([id]) => id)
        .sort(),
    );
    expect(served[0]).toBe("office.js");
    expect(ids).toHaveLength(12);
    expect(registered).toEqual(ids);
    await page.close();
  });
});
