import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import cellLinesTsv from "../../data/cell_lines.tsv";
import findingsTsv from "../../data/findings.tsv";
import moleculesTsv from "../../data/molecules.tsv";
import referencesTsv from "../../data/references.tsv";
import retiredTsv from "../../data/retired.tsv";
import sourcesTsv from "../../data/sources.tsv";
import targetsTsv from "../../data/targets.tsv";
import verdictsTsv from "../../data/verdicts.tsv";
import { get, json } from "./fetch";

/** A TSV read the simplest way, independently of the Worker's loader. */
function rows(text: string): Record<string, string>[] {
  const [header, ...lines] = text.trimEnd().split("\n");
  const columns = header!.split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((cell, i) => [columns[i]!, cell])));
}
const verdicts = rows(verdictsTsv);
const cellLines = rows(cellLinesTsv);
const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("GET /v1/verdicts", () => {
  it("gives every verdict row with its quote, note and basis, in file order", async () => {
    const { body, headers } = await json("/v1/verdicts");
    expect(body.data.map((v: Record<string, string>) => `${v.source}|${v.process}|${v.verdict}|${v.basis}|${v.quote}|${v.note}`)).toEqual(
      verdicts.map((v) => `${v.source}|${v.process}|${v.verdict}|${v.basis}|${v.quote}|${v.note}`),
    );
    expect(headers.get("X-Total-Count")).toBe(String(verdicts.length));
  });

  it("filters by source, process and verdict, each a list (commas or repetition)", async () => {
    const expected = verdicts.filter((v) => ["OC", "OB"].includes(v.source!) && v.process === "cartilage").map((v) => v.source);
    expect(expected.length).toBeGreaterThan(0);
    for (const query of ["source=OC,OB&process=cartilage", "source=OC&source=osteoblast&process=Cartilage%20metabolism"]) {
      const { body } = await json(`/v1/verdicts?${query}`);
      expect(
        body.data.map((v: { source: string }) => v.source),
        query,
      ).toEqual(expected);
    }
    const notStudied = verdicts.filter((v) => v.verdict === "not_studied" || v.verdict === "mixed");
    const { body } = await json("/v1/verdicts?verdict=NOT_STUDIED,mixed");
    expect(body.data.length).toBe(notStudied.length);
  });

  it("an unknown verdict names the allowed ones and the closest", async () => {
    const { status, body } = await json("/v1/verdicts?verdict=promote");
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ param: "verdict", suggestion: "promotes" });
    expect(body.errors[0].allowed).toContain("not_studied");
  });

  it("answers TSV with the columns of the file", async () => {
    const text = await (await get("/v1/verdicts?format=TSV")).text();
    expect(text.split("\r\n")[0]).toBe(verdictsTsv.split("\n")[0]);
    expect(text.trimEnd().split("\r\n").length).toBe(verdicts.length + 1);
  });
});

describe("GET /v1/cell-lines", () => {
  it("gives every cell line, and filters by the source it models and the species", async () => {
    expect((await json("/v1/cell-lines")).body.data.map((l: { name: string }) => l.name)).toEqual(cellLines.map((l) => l.name));
    const ob = cellLines.filter((l) => l.models!.split("|").includes("OB") && l.species === "mouse").map((l) => l.name);
    expect(ob.length).toBeGreaterThan(0);
    expect((await json("/v1/cell-lines?source=osteoblast&species=Mouse")).body.data.map((l: { name: string }) => l.name)).toEqual(ob);
  });
});

describe("the raw files", () => {
  const files: [string, string][] = [
    ["sources.tsv", sourcesTsv],
    ["cell_lines.tsv", cellLinesTsv],
    ["molecules.tsv", moleculesTsv],
    ["references.tsv", referencesTsv],
    ["targets.tsv", targetsTsv],
    ["findings.tsv", findingsTsv],
    ["verdicts.tsv", verdictsTsv],
    ["retired.tsv", retiredTsv],
  ];

  it("/data/<table>.tsv is byte-identical to the repository's file, as a static asset and through the Worker", async () => {
    for (const [name, text] of files) {
      const asset = await env.ASSETS.fetch(`https://exo-bone.test/data/${name}`);
      expect(asset.status, name).toBe(200);
      expect(await bytes(asset), name).toEqual(utf8(text));
      const viaWorker = await get(`/data/${name}`);
      expect(viaWorker.status, name).toBe(200);
      expect(await bytes(viaWorker), name).toEqual(utf8(text));
    }
  });

  it("/datapackage.json and /data/datapackage.json are the descriptor as in the repository", async () => {
    const { default: descriptorText } = await import("../../data/datapackage.json?raw");
    for (const path of ["/datapackage.json", "/data/datapackage.json"]) {
      expect(await bytes(await env.ASSETS.fetch(`https://exo-bone.test${path}`)), path).toEqual(utf8(descriptorText));
      expect(await bytes(await get(path)), path).toEqual(utf8(descriptorText));
    }
    // Its resource paths are relative: from the root they redirect to /data/.
    const descriptor = JSON.parse(descriptorText) as { resources: { path: string }[] };
    for (const { path } of descriptor.resources) {
      const redirect = await get(`/${path}`, { redirect: "manual" });
      expect(redirect.status, path).toBe(308);
      expect(redirect.headers.get("Location")).toBe(`https://exo-bone.test/data/${path}`);
    }
  });

  it("an unknown file is a 404 problem suggesting the closest", async () => {
    const response = await get("/data/finding.tsv");
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toContain("application/problem+json");
    const body = (await response.json()) as { type: string; errors: { param: string; suggestion?: string }[] };
    expect(body.errors[0]).toMatchObject({ param: "file", suggestion: "findings.tsv" });
    expect(body.type).toBe("https://exo-bone.test/docs#problem-not-found");
  });
});
