import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROCESSES } from "../../worker/src/contract/vocabulary";
import { dataset } from "../../worker/src/dataset/embedded";
import { dataFolder } from "./broken-copy";

const ds = dataset();

describe("the curated dataset", () => {
  it("holds the review's claims: well over a hundred findings from every subsection", () => {
    expect(ds.findings.length).toBeGreaterThan(120);
    const sections = new Set(ds.findings.map((f) => f.section));
    for (const section of ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.2", "3.3", "3.4"]) {
      expect(sections, `section ${section}`).toContain(section);
    }
  });

  it("gives every source a verdict for each of the three processes", () => {
    for (const source of ds.sources) {
      for (const process of PROCESSES)
        expect(ds.index.verdictBySourceProcess.get(`${source.code}|${process}`), `${source.code} × ${process}`).toBeDefined();
    }
    expect(ds.verdicts).toHaveLength(ds.sources.length * 3);
  });

  it("records osteoclast × cartilage as mixed: the review's text contradicts Figure 3 about osteoclast EVs as such", () => {
    const verdict = ds.index.verdictBySourceProcess.get("OC|cartilage");
    expect(verdict?.verdict).toBe("mixed");
    expect(ds.index.findingById.get("F-2.6-19")).toMatchObject({
      source: "OC",
      source_state: "",
      process: "cartilage",
      direction: "promotes",
    });
  });

  it("keeps a verdict that disagrees only through a variant, with the variant as an exception", () => {
    expect(ds.index.verdictBySourceProcess.get("BMSC|resorption")).toMatchObject({ verdict: "inhibits", exceptions: ["F-2.1-21:aged"] });
    expect(ds.index.findingById.get("F-2.1-21")).toMatchObject({ source_state: "aged", direction: "promotes" });
  });

  it("includes the sources that appear only in the section text", () => {
    expect(ds.index.sourceByName.get("bone marrow-derived macrophages")?.code).toBe("BMDM");
    expect(ds.index.sourceByName.get("schwann cells")?.code).toBe("SC");
  });

  it("records the review's explicit negative claim as no_effect, not as a flipped direction", () => {
    const epc = ds.index.findingsBySourceProcess.get("EPC|formation") ?? [];
    expect(epc.find((f) => f.quote.includes("do not directly promote"))?.direction).toBe("no_effect");
  });

  it("marks as not_studied the pairs the review says no study exists for", () => {
    expect(ds.index.verdictBySourceProcess.get("Ocy|resorption")?.verdict).toBe("not_studied");
    expect(ds.index.verdictBySourceProcess.get("EPC|cartilage")?.verdict).toBe("not_studied");
  });

  it("describes every file in datapackage.json with exactly the loader's columns", async () => {
    const descriptor = JSON.parse(readFileSync(join(dataFolder, "datapackage.json"), "utf8")) as {
      version: string;
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    const schemas = {
      "sources.tsv": (await import("../../worker/src/dataset/source")).Source,
      "cell_lines.tsv": (await import("../../worker/src/dataset/cell-line")).CellLine,
      "molecules.tsv": (await import("../../worker/src/dataset/molecule")).Molecule,
      "targets.tsv": (await import("../../worker/src/dataset/target")).Target,
      "references.tsv": (await import("../../worker/src/dataset/reference")).Reference,
      "findings.tsv": (await import("../../worker/src/dataset/finding")).FindingRow,
      "verdicts.tsv": (await import("../../worker/src/dataset/verdict")).VerdictRow,
      "retired.tsv": (await import("../../worker/src/dataset/retired")).RetiredRow,
    };
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(Object.keys(schemas).sort());
    for (const resource of descriptor.resources) {
      const columns = Object.keys(schemas[resource.path as keyof typeof schemas].shape);
      expect(
        resource.schema.fields.map((f) => f.name),
        resource.path,
      ).toEqual(columns);
    }
    expect(ds.version.startsWith(`${descriptor.version}+`)).toBe(true);
  });
});
