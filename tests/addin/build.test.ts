// The build's own checks: it refuses functions metadata with errors or without functions, and the
// page gets every bundle.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { functionsJson } from "../../addin/build/metadata.mjs";
import { renderPage } from "../../addin/build/page.mjs";
import { distDir } from "./support/worker";

const root = new URL("../../", import.meta.url).pathname;

const source = (code: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "exo-functions-")), "functions.ts");
  writeFileSync(file, code);
  return file;
};

describe("functions.json generation", () => {
  it("fails when custom-functions-metadata reports an error", async () => {
    const file = source(`
/**
 * One.
 * @customfunction SAME
 * @helpurl https://localhost:8787/docs#a
 */
export function one(): number { return 1; }
/**
 * Two.
 * @customfunction SAME
 * @helpurl https://localhost:8787/docs#b
 */
export function two(): number { return 2; }
`);
    await expect(functionsJson(file)).rejects.toThrow(/found \d+ problem.*duplicate id: SAME/s);
  });

  it("fails when there is no custom function at all", async () => {
    await expect(functionsJson(source("export const x = 1;\n"))).rejects.toThrow(/found no @customfunction/);
  });

  it("fails when a function has no help link, and reads every file it is given", async () => {
    const helpless = source("/**\n * Helpless.\n * @customfunction\n */\nexport function helpless(): number { return 1; }\n");
    await expect(functionsJson(helpless)).rejects.toThrow(/HELPLESS lack/);
    const helped = source(
      "/**\n * Helped.\n * @customfunction\n * @helpurl https://localhost:8787/docs#x\n */\nexport function helped(): number { return 1; }\n",
    );
    const other = source(
      "/**\n * Other.\n * @customfunction\n * @helpurl https://localhost:8787/docs#y\n */\nexport function other(): number { return 2; }\n",
    );
    const json = JSON.parse(await functionsJson([helped, other]));
    expect(json.functions.map((f: { id: string; helpUrl: string }) => [f.id, f.helpUrl])).toEqual([
      ["HELPED", "https://localhost:8787/docs#x"],
      ["OTHER", "https://localhost:8787/docs#y"],
    ]);
    expect(json.allowCustomDataForDataTypeAny).toBe(true);
  });
});

describe("the bundles", () => {
  it("call no API that Safari 15 (Excel on older Macs) lacks, since esbuild adds no polyfills", () => {
    execFileSync(process.execPath, [join(root, "addin", "build.mjs")], { cwd: root, stdio: "pipe" });
    // Added in Safari 15.4 or later: Array/String .at, Object.hasOwn, findLast, structuredClone, change-by-copy arrays.
    const newer = /\.at\(-?\d|Object\.hasOwn\(|\.findLast(Index)?\(|structuredClone\(|\.to(Sorted|Reversed|Spliced)\(/g;
    const bundles = readdirSync(distDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".js"));
    expect(bundles.length).toBeGreaterThan(1);
    const found = bundles.flatMap((file) => [...readFileSync(join(distDir, file), "utf8").matchAll(newer)].map((m) => `${file}: ${m[0]}`));
    expect(found).toEqual([]);
  });
});

describe("the page", () => {
  it("loads each entry's stylesheet and module, functions first", () => {
    const page = renderPage(
      "<head><!-- entries --></head>",
      ["functions", "taskpane"],
      ["functions.js", "taskpane.js", "taskpane.css", "chunks/chunk-1.js"],
    );
    expect(page).toBe(
      '<head><script type="module" src="./functions.js"></script>\n    <link rel="stylesheet" href="./taskpane.css">\n    <script type="module" src="./taskpane.js"></script></head>',
    );
  });
});
