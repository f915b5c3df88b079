import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Package } from "datapackage";
import { describe, expect, it } from "vitest";
import { dataFolder, lines } from "./broken-copy";

/** The Frictionless Data Package v1 validator (npm datapackage), run offline over a folder. */
async function validate(folder: string): Promise<{ valid: boolean; errors: string[]; rows: Record<string, number> }> {
  const pkg = await Package.load(join(folder, "datapackage.json"), { basePath: folder });
  const rows: Record<string, number> = {};
  const errors = pkg.errors.map((e) => e.message);
  for (const resource of pkg.resources) {
    try {
      rows[resource.name] = (await resource.read({ keyed: true })).length;
    } catch (error) {
      errors.push(`${resource.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { valid: pkg.valid && errors.length === 0, errors, rows };
}

/** A copy of data/ with one file rewritten. */
function copyWith(file: string, edit: (text: string) => string): string {
  const folder = mkdtempSync(join(tmpdir(), "exo-bone-dp-"));
  cpSync(dataFolder, folder, { recursive: true });
  writeFileSync(join(folder, file), edit(readFileSync(join(folder, file), "utf8")));
  return folder;
}

describe("data/datapackage.json is a valid Frictionless Data Package (v1, tabular)", () => {
  it("passes the Frictionless validator, and every table reads with its schema's types and constraints", async () => {
    const result = await validate(dataFolder);
    expect(result.errors).toEqual([]);
    const descriptor = JSON.parse(readFileSync(join(dataFolder, "datapackage.json"), "utf8")) as {
      resources: { name: string; path: string }[];
    };
    for (const { name, path } of descriptor.resources) expect(result.rows[name], name).toBe(lines(path).length - 1);
  });

  it("fails on the 1.0.0 mistake: missingValues [] is not allowed by v1", async () => {
    const folder = copyWith("datapackage.json", (text) =>
      text.replace('"primaryKey": "code"', '"primaryKey": "code", "missingValues": []'),
    );
    const result = await validate(folder);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/missingValues/);
  });

  it("fails on a value its schema forbids (an enum outside the vocabulary)", async () => {
    const folder = copyWith("findings.tsv", (text) => text.replace("\tstated\t", "\tassumed\t"));
    expect((await validate(folder)).valid).toBe(false);
  });
});
