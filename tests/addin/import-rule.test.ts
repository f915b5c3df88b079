// The lint rule that keeps the add-in to the worker's contract really fires: Biome, with the
// project's biome.json, run over add-in files that import worker code.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

/** Lints one file placed at `path` in a copy of the project's lint setup; Biome's exit status and output. */
function lint(path: string, source: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), "exo-lint-"));
  copyFileSync(join(root, "biome.json"), join(dir, "biome.json"));
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), source);
  const run = spawnSync(join(root, "node_modules", ".bin", "biome"), ["lint", "--vcs-enabled=false", "--colors=off", path], {
    cwd: dir,
    encoding: "utf8",
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe("addin/ imports from worker/ only the contract", () => {
  it("fails an add-in file that imports a worker module outside worker/src/contract", () => {
    const { status, output } = lint(
      "addin/src/client/probe.ts",
      'import type { Dataset } from "../../../worker/src/dataset/dataset";\nimport { PROCESSES } from "../../../worker/src/contract";\nexport type X = Dataset;\nexport const y = PROCESSES;\n',
    );
    expect(status).toBe(1);
    expect(output).toContain("probe.ts:1:30 lint/style/noRestrictedImports");
    expect(output).not.toContain("probe.ts:2:");
  });

  it("passes one that imports the contract, and leaves worker files free to import each other", () => {
    expect(
      lint(
        "addin/src/client/probe.ts",
        'import { PROCESSES } from "../../../worker/src/contract/vocabulary";\nexport const y = PROCESSES;\n',
      ).status,
    ).toBe(0);
    expect(
      lint("worker/src/lookups/probe.ts", 'import type { Dataset } from "../dataset/dataset";\nexport type X = Dataset;\n').status,
    ).toBe(0);
  });
});
