// GET /v1/network draws the findings of the sources and processes asked for, resolved and refused
// exactly as GET /v1/findings resolves and refuses them. Expected ids come from findings.tsv.
import { describe, expect, it } from "vitest";
import { get, json } from "./fetch";
import { findings, findingsOf, sources } from "./raw-data";

interface Graph {
  elements: { nodes: { data: { id: string; kind: string } }[]; edges: { data: { source: string; target: string; findings: string[] } }[] };
}

/** Every finding draws at least its source → process edge, so the graph's finding ids are the findings it draws. */
const drawn = (graph: Graph): string[] => [...new Set(graph.elements.edges.flatMap((e) => e.data.findings))].sort();
const ids = (rows: { id?: string }[]) => rows.map((f) => f.id!).sort();

describe("GET /v1/network filters", () => {
  it("without filters draws every finding", async () => {
    const { status, body } = await json<Graph>("/v1/network");
    expect(status).toBe(200);
    expect(drawn(body)).toEqual(ids(findings));
  });

  it("source (any spelling) draws that source's findings only, with that source's node only", async () => {
    const oc = sources.find((s) => s.code === "OC")!;
    const alias = oc.aliases!.split("|").find((a) => a.includes("-derived"))!;
    for (const spelling of ["OC", "oc", oc.name!, alias]) {
      const { status, body } = await json<Graph>(`/v1/network?source=${encodeURIComponent(spelling)}`);
      expect(status, spelling).toBe(200);
      expect(drawn(body), spelling).toEqual(ids(findingsOf("OC")));
      expect(body.elements.nodes.filter((n) => n.data.kind === "source").map((n) => n.data.id)).toEqual(["source:OC"]);
    }
  });

  it("source and process combine with AND; lists take commas or repetition, and process aliases", async () => {
    const expected = ids([...findingsOf("OC", "resorption"), ...findingsOf("BMSC", "resorption")]);
    expect(expected.length).toBeGreaterThan(0);
    for (const query of ["source=OC,BMSC&process=resorption", "source=OC&source=BMSC&process=osteoclastogenesis"]) {
      const { status, body } = await json<Graph>(`/v1/network?${query}`);
      expect(status, query).toBe(200);
      expect(drawn(body), query).toEqual(expected);
    }
    const { body } = await json<Graph>("/v1/network?process=cartilage");
    expect(drawn(body)).toEqual(ids(findings.filter((f) => f.process === "cartilage")));
  });

  it("a source with no finding on that process draws an empty graph, not an error", async () => {
    const pair = sources
      .flatMap((s) => ["formation", "resorption", "cartilage"].map((p) => [s.code!, p] as const))
      .find(([s, p]) => findingsOf(s, p).length === 0)!;
    const { status, body } = await json<Graph>(`/v1/network?source=${pair[0]}&process=${pair[1]}`);
    expect(status).toBe(200);
    expect(body.elements).toEqual({ nodes: [], edges: [] });
  });

  it("an unknown source or process is the 400 GET /v1/findings gives, naming the closest value", async () => {
    for (const query of ["source=BMSX", "process=resorbtion", "source=OC,nonsense"]) {
      const network = await get(`/v1/network?${query}`);
      const listed = await get(`/v1/findings?${query}`);
      expect(network.status, query).toBe(400);
      expect(network.headers.get("Content-Type")).toContain("application/problem+json");
      const [a, b] = [
        (await network.json()) as { detail: string; errors: unknown[] },
        (await listed.json()) as { detail: string; errors: unknown[] },
      ];
      expect(a.errors, query).toEqual(b.errors);
      expect(a.detail).toBe(b.detail);
    }
    const { body } = await json("/v1/network?source=BMSX");
    expect(body.errors[0]).toMatchObject({ param: "source", suggestion: "BMSC" });
  });

  it("takes no other filter: a findings-only parameter is an unknown parameter", async () => {
    const { status, body } = await json("/v1/network?direction=promotes");
    expect(status).toBe(400);
    expect(body.type).toMatch(/#problem-unknown-parameter$/);
  });
});
