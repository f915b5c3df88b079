import { describe, expect, it } from "vitest";
import moleculesTsv from "../../data/molecules.tsv";
import targetsTsv from "../../data/targets.tsv";
import { json } from "./fetch";
import { findings } from "./raw-data";

const rows = (text: string): Record<string, string>[] => {
  const [header, ...lines] = text.replace(/\n+$/, "").split("\n");
  const columns = header!.split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((cell, i) => [columns[i]!, cell])));
};
const targets = rows(targetsTsv);
const molecules = rows(moleculesTsv);
const lower = (s: string) => s.toLowerCase();

interface NetworkNode {
  data: { id: string; label: string; kind: string };
}

describe("GET /v1/network has one node per entity", () => {
  it("never gives two nodes the same name, or a molecule and a target of one HGNC gene", async () => {
    const { body } = await json("/v1/network");
    const nodes: NetworkNode[] = body.elements.nodes;
    const labels = nodes.filter((n) => n.data.kind !== "source" && n.data.kind !== "process").map((n) => lower(n.data.label));
    expect(labels.length).toBeGreaterThan(100);
    expect(new Set(labels).size).toBe(labels.length);
    const hgnc = new Map<string, string>([...molecules, ...targets].filter((r) => r.hgnc_id).map((r) => [lower(r.name!), r.hgnc_id!]));
    const genes = labels.map((l) => hgnc.get(l)).filter((id) => id !== undefined);
    expect(new Set(genes).size).toBe(genes.length);
  });

  it("joins a target that is also cargo to the molecule's node (RUNX2 is both)", async () => {
    expect(molecules.some((m) => m.name === "RUNX2") && targets.some((t) => t.name === "RUNX2")).toBe(true);
    const { body } = await json("/v1/network");
    const runx2 = (body.elements.nodes as NetworkNode[]).filter((n) => lower(n.data.label) === "runx2");
    expect(runx2).toEqual([{ data: { id: "molecule:RUNX2", label: "RUNX2", kind: "molecule" } }]);
  });
});

describe("GET /v1/targets", () => {
  it("lists the rows of targets.tsv with their finding counts", async () => {
    const { status, body } = await json("/v1/targets?limit=1000");
    expect(status).toBe(200);
    expect(body.data.map((t: { name: string }) => t.name)).toEqual(targets.map((t) => t.name));
    const runx2 = body.data.find((t: { name: string }) => t.name === "RUNX2");
    expect(runx2).toMatchObject({ kind: "gene/protein", hgnc_id: targets.find((t) => t.name === "RUNX2")!.hgnc_id });
    expect(runx2.findings).toBe(findings.filter((f) => f.targets!.split("|").includes("RUNX2")).length);
  });

  it("filters by kind and by source, and rejects an unknown kind with the allowed ones", async () => {
    const pathways = (await json("/v1/targets?kind=pathway or axis")).body.data;
    expect(pathways.map((t: { name: string }) => t.name)).toEqual(targets.filter((t) => t.kind === "pathway or axis").map((t) => t.name));
    const oc = (await json("/v1/targets?source=OC")).body.data.map((t: { name: string }) => t.name);
    expect(new Set(oc)).toEqual(new Set(findings.filter((f) => f.source === "OC").flatMap((f) => f.targets!.split("|").filter(Boolean))));
    const bad = await json("/v1/targets?kind=gene");
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ param: "kind", allowed: expect.arrayContaining(["gene/protein", "pathway or axis"]) });
  });
});

describe("GET /v1/processes", () => {
  it("gives each process its GO biological process", async () => {
    const { body } = await json("/v1/processes");
    for (const p of body.data) expect(p.go_id, p.code).toMatch(/^GO:\d{7}$/);
    expect(body.data.find((p: { code: string }) => p.code === "resorption")).toMatchObject({
      go_id: "GO:0045453",
      go_label: "bone resorption",
    });
  });
});
