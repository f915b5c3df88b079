import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Package } from "datapackage";
import { describe, expect, it } from "vitest";
import { dataFolder, lines, problemsAfter } from "./broken-copy";
import { retired, retiredColumns } from "./retired";

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

  it("fails when a table's header differs from its schema (retired.tsv without replaced_by)", async () => {
    const folder = copyWith("retired.tsv", (text) => text.replace(/\treplaced_by\n/, "\n").replace(/\t\n/g, "\n"));
    const result = await validate(folder);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/^retired: .*header/m);
  });
});

describe("retired.tsv is a resource of the package", () => {
  type Field = { name: string; type: string; description?: string; constraints?: Record<string, unknown> };
  const descriptor = JSON.parse(readFileSync(join(dataFolder, "datapackage.json"), "utf8")) as {
    resources: { name: string; path: string; schema: { fields: Field[]; primaryKey?: string } }[];
  };
  const resource = descriptor.resources.find((r) => r.name === "retired");

  it("lists retired with the TSV's exact header, keyed by id, every field described", () => {
    expect(resource?.path).toBe("retired.tsv");
    expect(resource?.schema.fields.map((f) => f.name)).toEqual(retiredColumns);
    expect(resource?.schema.primaryKey).toBe("id");
    for (const f of resource?.schema.fields ?? []) expect(f.description?.length, f.name).toBeGreaterThan(20);
  });

  it("reads, through the Frictionless library, every row of retired.tsv with its replaced_by", async () => {
    const pkg = await Package.load(join(dataFolder, "datapackage.json"), { basePath: dataFolder });
    const rows = (await pkg.resources.find((r) => r.name === "retired")!.read({ keyed: true })) as Record<string, string | null>[];
    expect(rows.map((r) => [r.id, r.replaced_by ?? ""])).toEqual(retired.map((r) => [r.id, r.replacedBy.join("|")]));
  });

  it("its replaced_by pattern accepts a finding id or a |-list of them, as the loader does", () => {
    const pattern = new RegExp(`^(?:${resource?.schema.fields.find((f) => f.name === "replaced_by")?.constraints?.pattern})$`);
    const current = lines("findings.tsv")
      .slice(1)
      .map((l) => l.split("\t")[0]!);
    expect(pattern.test(current[0]!)).toBe(true);
    expect(pattern.test(current.slice(0, 3).join("|"))).toBe(true);
    expect(pattern.test(`${current[0]}, ${current[1]}`)).toBe(false);
    expect(pattern.test("see F-2.3-21")).toBe(false);
  });

  it("the loader fails when the package leaves retired.tsv out, or describes other columns", () => {
    const without = (text: string[]) => {
      const json = JSON.parse(text.join("\n")) as typeof descriptor;
      json.resources = json.resources.filter((r) => r.name !== "retired");
      return JSON.stringify(json, null, 2).split("\n");
    };
    expect(problemsAfter("datapackage.json", without)).toEqual([
      `datapackage.json:1: resources: retired.tsv is not a resource; add one with the path retired.tsv and the fields ${retiredColumns.join(", ")}`,
    ]);
    const renamed = (text: string[]) => text.map((line) => line.replace('"name": "replaced_by"', '"name": "replacement"'));
    expect(problemsAfter("datapackage.json", renamed)).toEqual([
      `datapackage.json:1: resources.retired.schema.fields: name ${retiredColumns.join(", ").replace("replaced_by", "replacement")} but retired.tsv has the columns ${retiredColumns.join(", ")}; list the file's columns, in its order`,
    ]);
  });
});
