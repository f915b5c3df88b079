import { describe, expect, it } from "vitest";
import { json } from "./fetch";
import { findings } from "./raw-data";

interface NetworkEdge {
  data: { id: string; source: string; target: string; relation: string; label: string; direction: string; findings: string[] };
}

const withCargo = findings.filter((f) => f.cargo !== "");
const depleted = withCargo.filter((f) => f.cargo_change === "depleted");
const carried = withCargo.filter((f) => f.cargo_change !== "depleted");

describe("GET /v1/network tells depleted cargo from carried cargo", () => {
  it("draws cargo the vesicles carry less of (cargo_change depleted) as carries_depleted, with its own label", async () => {
    expect(depleted.length).toBeGreaterThan(0);
    const edges: NetworkEdge[] = (await json("/v1/network")).body.elements.edges;
    for (const f of depleted) {
      for (const m of f.cargo!.split("|")) {
        const edge = edges.find(
          (e) => e.data.source === `source:${f.source}` && e.data.target === `molecule:${m}` && e.data.findings.includes(f.id!),
        );
        expect(edge?.data.relation, `${f.id} ${m}`).toBe("carries_depleted");
        expect(edge?.data.label).toMatch(/depleted/);
      }
    }
  });

  it("keeps every other cargo as carries, labelled carries, and never mixes a depleted finding into a carries edge", async () => {
    const edges: NetworkEdge[] = (await json("/v1/network")).body.elements.edges;
    for (const f of carried) {
      for (const m of f.cargo!.split("|")) {
        const edge = edges.find(
          (e) => e.data.source === `source:${f.source}` && e.data.target === `molecule:${m}` && e.data.findings.includes(f.id!),
        );
        expect(edge?.data, `${f.id} ${m}`).toMatchObject({ relation: "carries", label: "carries" });
      }
    }
    const depletedIds = new Set(depleted.map((f) => f.id));
    for (const e of edges.filter((e) => e.data.relation === "carries"))
      expect(e.data.findings.filter((id) => depletedIds.has(id))).toEqual([]);
  });

  it("runs a depleted-cargo finding's direction from the source, not from the molecule it lacks", async () => {
    const edges: NetworkEdge[] = (await json("/v1/network")).body.elements.edges;
    for (const f of depleted) {
      const into = edges.filter((e) => e.data.relation === "regulates" && e.data.findings.includes(f.id!));
      expect(
        into.map((e) => e.data.source),
        f.id,
      ).toEqual([`source:${f.source}`]);
      expect(into[0]?.data.direction).toBe(f.direction);
    }
  });
});
