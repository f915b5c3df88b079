import { describe, expect, it } from "vitest";
import { json } from "./fetch";
import { findings, sources, verdictOf, versionPattern } from "./raw-data";

describe("the list routes", () => {
  it("GET /v1/sources lists every source with its aliases", async () => {
    const { body } = await json("/v1/sources");
    expect(body.data.map((s: { code: string }) => s.code)).toEqual(sources.map((s) => s.code));
    expect(body.data.find((s: { code: string }) => s.code === "OC").aliases).toContain("OC-Exos");
  });

  it("GET /v1/sources/{code} accepts a code or an alias", async () => {
    expect((await json("/v1/sources/ocy")).body.code).toBe("Ocy");
    expect((await json("/v1/sources/Schwann%20cells")).body.code).toBe("SC");
    const missing = await json("/v1/sources/nope");
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0].param).toBe("code");
    const typo = await json("/v1/sources/OCC");
    expect(typo.status).toBe(404);
    expect(typo.body.errors[0].suggestion).toBe("OC");
    expect(typo.body.detail).toContain("Did you mean OC?");
  });

  it("GET /v1/processes lists the three processes with their aliases", async () => {
    const { body } = await json("/v1/processes");
    expect(body.data.map((p: { code: string }) => p.code)).toEqual(["formation", "resorption", "cartilage"]);
    expect(body.data[1].aliases).toContain("osteoclastogenesis");
  });

  it("GET /v1/molecules counts the findings naming each molecule, narrowed by source and type", async () => {
    const { body } = await json("/v1/molecules?source=OC&type=miRNA");
    const expected = new Map<string, number>();
    for (const f of findings.filter((f) => f.source === "OC"))
      for (const m of f.cargo!.split("|").filter(Boolean)) expected.set(m, (expected.get(m) ?? 0) + 1);
    expect(body.data.length).toBeGreaterThan(0);
    for (const m of body.data) {
      expect(m.type).toBe("miRNA");
      expect(m.findings, m.name).toBe(expected.get(m.name));
    }
  });

  it("GET /v1/matrix gives every source × process verdict", async () => {
    const { body } = await json("/v1/matrix");
    expect(body.data).toHaveLength(sources.length);
    for (const row of body.data) {
      for (const process of ["formation", "resorption", "cartilage"])
        expect(row[process], `${row.source} × ${process}`).toBe(verdictOf(row.source, process));
    }
  });

  it("GET /v1/references lists cited works with the findings that cite them", async () => {
    const { body } = await json("/v1/references?limit=1000");
    const sun = body.data.find((r: { key: string }) => r.key === "Sun et al., 2016");
    expect(sun).toMatchObject({ first_author: "Sun", year: 2016, suffix: "" });
    expect(sun.findings).toEqual(findings.filter((f) => f.citations!.split("|").includes("Sun et al., 2016")).map((f) => f.id));
  });

  it("GET /v1/network links sources to molecules to targets to processes", async () => {
    const { body } = await json("/v1/network");
    const nodes = new Set(body.elements.nodes.map((n: { data: { id: string } }) => n.data.id));
    expect(nodes).toContain("source:OC");
    expect(nodes).toContain("molecule:miR-214-3p");
    expect(nodes).toContain("process:bone formation");
    const carries = body.elements.edges.find(
      (e: { data: { source: string; target: string } }) => e.data.source === "source:OC" && e.data.target === "molecule:miR-214-3p",
    );
    expect(carries.data.relation).toBe("carries");
    for (const e of body.elements.edges) {
      expect(nodes).toContain(e.data.source);
      expect(nodes).toContain(e.data.target);
    }
  });

  it("GET /v1/dataset names the dataset, its version, source review and counts", async () => {
    const { body, headers } = await json("/v1/dataset");
    expect(body.name).toBe("exo-bone");
    expect(body.version).toMatch(new RegExp(`^${versionPattern}\\+[0-9a-f]{8}$`));
    expect(headers.get("X-Dataset-Version")).toBe(body.version);
    expect(body.source.doi).toBe("10.3389/fphar.2024.1516125");
    expect(body.counts.findings).toBe(findings.length);
    expect(body.counts.sources).toBe(sources.length);
  });

  it("GET /healthz answers ok", async () => {
    expect((await json("/healthz")).body.status).toBe("ok");
  });
});
