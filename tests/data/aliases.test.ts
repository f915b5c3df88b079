import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataset } from "../../worker/src/dataset/embedded";
import { nameKey } from "../../worker/src/dataset/indexes";
import { findings } from "../../worker/src/lookups/findings";
import { retired } from "./retired";

/** Every spelling that resolved in dataset 1.0.0, with what it resolved to (targets: the finding ids it matched). */
const old = readFileSync(join(import.meta.dirname, "aliases-1.0.0.tsv"), "utf8")
  .replace(/\n+$/, "")
  .split("\n")
  .slice(1)
  .map((line) => line.split("\t") as [kind: string, spelling: string, resolvedTo: string]);
const ds = dataset();
const retiredIds = new Set(retired.map((r) => r.id));
/** `kind:spelling` of names whose only findings were retired (data/retired.tsv): they name nothing any more. */
const gone = new Set(retired.flatMap((r) => r.names));
const of = (kind: string) => old.filter(([k, spelling]) => k === kind && !gone.has(`${k}:${spelling}`));

describe("every spelling that resolved in 1.0.0 still resolves to the same entity", () => {
  it("covers every kind of name", () => {
    for (const kind of ["source", "molecule", "cell line", "target"]) expect(of(kind).length, kind).toBeGreaterThan(5);
  });

  it.each(of("source"))("source %s → %s", (_, spelling, code) => {
    expect(ds.index.sourceByName.get(nameKey(spelling))?.code).toBe(code);
  });

  it.each(of("molecule"))("molecule %s → %s (now under its nomenclature name, the old one an alias)", (_, spelling, name) => {
    const molecule = ds.index.moleculeByName.get(nameKey(spelling));
    expect(molecule).toBeDefined();
    expect([molecule!.name, ...molecule!.aliases]).toContain(name);
  });

  it.each(of("cell line"))("cell line %s → %s", (_, spelling, name) => {
    expect(ds.index.cellLineByName.get(nameKey(spelling))?.name).toBe(name);
  });

  it.each(of("target"))("target=%s still finds its findings (less retired ones)", (_, spelling, ids) => {
    expect(ds.index.targetByName.get(nameKey(spelling)), spelling).toBeDefined();
    const found = findings(ds, { target: spelling, limit: 1000 }).data.map((f) => f.id);
    expect(found).toEqual(expect.arrayContaining(ids.split("|").filter((id) => !retiredIds.has(id))));
  });

  it("drops only spellings that resolved through retired findings alone, and those no longer resolve", () => {
    const lookup = { molecule: ds.index.moleculeByName, target: ds.index.targetByName };
    for (const name of gone) {
      const [kind = "", spelling = ""] = name.split(":");
      expect(
        old.some(([k, s]) => k === kind && s === spelling),
        `${name} is a 1.0.0 spelling`,
      ).toBe(true);
      expect(kind === "molecule" || kind === "target", name).toBe(true);
      if (kind === "molecule" || kind === "target") expect(lookup[kind].get(nameKey(spelling)), name).toBeUndefined();
    }
  });
});
