// The add-in knows the worker only through its contract: values from worker/src/contract travel
// into the browser bundles, zod and hono (the worker's frameworks) never do.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundle } from "../../addin/build/bundle.mjs";
import { findEntries } from "../../addin/build/entries.mjs";

const root = join(import.meta.dirname, "..", "..");
const srcDir = join(root, "addin", "src");

/** Bundled source files that belong to a server-side framework. */
const frameworkFiles = (inputs: Record<string, unknown>): string[] =>
  Object.keys(inputs).filter((file) => /node_modules\/(zod|hono|@hono)\//.test(file));

describe("the add-in bundles", () => {
  it("hold the contract's values but no zod and no hono", async () => {
    const { inputs } = await bundle(srcDir, findEntries(srcDir), mkdtempSync(join(tmpdir(), "exo-bundle-")));
    const files = Object.keys(inputs);
    expect(files).toContain("worker/src/contract/vocabulary.ts");
    expect(files.filter((file) => file.startsWith("worker/") && !file.startsWith("worker/src/contract/"))).toEqual([]);
    expect(frameworkFiles(inputs)).toEqual([]);
  });

  it("would show zod if an add-in file imported a zod schema (the check can fail)", async () => {
    const fakeSrc = mkdtempSync(join(tmpdir(), "exo-bad-src-"));
    mkdirSync(join(fakeSrc, "bad"));
    writeFileSync(
      join(fakeSrc, "bad", "index.ts"),
      `import { Process } from ${JSON.stringify(join(root, "worker/src/dataset/vocabulary.ts"))};\nconsole.log(Process.options);\n`,
    );
    const { inputs } = await bundle(fakeSrc, ["bad"], mkdtempSync(join(tmpdir(), "exo-bad-out-")));
    expect(frameworkFiles(inputs).some((file) => file.includes("node_modules/zod/"))).toBe(true);
  });
});
