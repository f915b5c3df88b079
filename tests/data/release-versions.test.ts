import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const read = (file: string) => readFileSync(join(root, file), "utf8");

describe("one release, one version", () => {
  it("datapackage.json, CITATION.cff, package.json, the OpenAPI document and the CHANGELOG's latest entry name the same version", () => {
    const dataset: string = JSON.parse(read("data/datapackage.json")).version;
    expect(/^version: (\S+)$/m.exec(read("CITATION.cff"))?.[1]).toBe(dataset);
    expect(JSON.parse(read("package.json")).version).toBe(dataset);
    expect(JSON.parse(read("build/openapi.txt")).info.version).toBe(dataset);
    expect(/^## (\d+\.\d+\.\d+) — /m.exec(read("CHANGELOG.md"))?.[1]).toBe(dataset);
  });
});
