// The GET answers without pages keep the 4 MiB answer budget at 100× the data: the Worker runs in
// process over the growth benchmark's synthetic dataset (bench/synthetic.mjs), loaded by the real
// loader, where the whole graph and a whole findings CSV exceed 4 MiB. The limit is the real one.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { writeSyntheticData } from "../../bench/synthetic.mjs";
import { readDataFolder } from "../../data/read-folder";
import { loadDataset } from "../../worker/src/dataset/load";

const MiB = 1024 * 1024;
const FACTOR = 100;

vi.mock("../../worker/src/dataset/embedded", () => {
  const folder = mkdtempSync(join(tmpdir(), "exo-bone-100x-"));
  writeSyntheticData(FACTOR, folder);
  const { files, descriptor } = readDataFolder(folder);
  const grown = loadDataset(files, descriptor);
  return { dataset: () => grown, buildId: () => "answer-budget-test" };
});

const { default: app } = await import("../../worker/src/app");
const { dataset } = await import("../../worker/src/dataset/embedded");

const ORIGIN = "https://exo.test";
const fetchWorker = (path: string) => app.fetch(new Request(`${ORIGIN}${path}`), { PUBLIC_ORIGIN: ORIGIN });

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors: { param: string; message: string }[];
}

/** The answer's status, its size in bytes and its body as text. */
async function answer(path: string) {
  const response = await fetchWorker(path);
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { response, bytes: bytes.byteLength, text: new TextDecoder().decode(bytes) };
}

/** A 413 that says the answer would be over 4 MiB, where it passed the limit, and which parameter to use. */
async function tooLarge(path: string, param: string | undefined, advice: RegExp) {
  const { response, bytes, text } = await answer(path);
  expect(response.status, path).toBe(413);
  expect(response.headers.get("Content-Type")).toContain("application/problem+json");
  expect(response.headers.get("Content-Disposition")).toBeNull();
  expect(bytes).toBeLessThan(4096);
  const problem = JSON.parse(text) as Problem;
  expect(problem.type).toBe(`${ORIGIN}/docs#problem-content-too-large`);
  const passed = /would be over 4\.0 MiB, the limit for one answer: it passed the limit at (\w+) ([\d,]+) of ([\d,]+)\./.exec(
    problem.detail,
  );
  expect(passed, problem.detail).not.toBeNull();
  expect(problem.detail).toMatch(advice);
  expect(problem.errors.map((e) => e.param)).toEqual(param === undefined ? [] : [param]);
  const [, noun, at, of] = passed!;
  return { response, noun, at: Number(at!.replace(/,/g, "")), of: Number(of!.replace(/,/g, "")) };
}

const utf8 = (text: string): number => Buffer.byteLength(text, "utf8");

describe(`GET answers without pages at ${FACTOR}× the data`, () => {
  it("the dataset really is that large", () => {
    expect(dataset().findings.length).toBeGreaterThan(FACTOR * 150);
  });

  it("the whole graph is a 413 that asks for source and process filters, refused before it is drawn whole", async () => {
    const { noun, at, of } = await tooLarge("/v1/network", "source", /give source .* and process/);
    expect(noun).toBe("finding");
    expect(of).toBe(dataset().findings.length);
    // The graph stopped growing once its JSON could no longer fit in 4 MiB; the whole graph is
    // about 5.6 MiB at this size, so roughly a quarter of the findings were never drawn.
    expect(at).toBeLessThan(0.9 * of);
    expect(at).toBeGreaterThan(0.5 * of);
  });

  it("a filtered graph fits and draws exactly that source's findings", async () => {
    const { response, bytes, text } = await answer("/v1/network?source=OC&process=resorption");
    expect(response.status).toBe(200);
    expect(bytes).toBeLessThanOrEqual(4 * MiB);
    const graph = JSON.parse(text) as { elements: { edges: { data: { findings: string[] } }[] } };
    const drawn = new Set(graph.elements.edges.flatMap((e) => e.data.findings));
    const expected = dataset().findings.filter((f) => f.source === "OC" && f.process === "resorption");
    expect(expected.length).toBeGreaterThanOrEqual(FACTOR);
    expect([...drawn].sort()).toEqual(expected.map((f) => f.id).sort());
  });

  it("every finding as CSV is a 413 that asks for pages, with the total still in X-Total-Count", async () => {
    const { response } = await tooLarge("/v1/findings?format=csv", "limit", /pages with limit and offset/);
    expect(response.headers.get("X-Total-Count")).toBe(String(dataset().findings.length));
  });

  it("a CSV over the budget is refused at the row that passes 4 MiB: no row after it is serialised", async () => {
    const { noun, at, of } = await tooLarge("/v1/findings?format=csv", "limit", /pages with limit and offset/);
    expect(noun).toBe("row");
    expect(of).toBe(dataset().findings.length);
    expect(at).toBeLessThan(of);
    // The same rows as the pages give them (each page repeats the header): the answer's first
    // `at` rows are over 4 MiB, its first `at - 1` are not.
    const header = (await answer("/v1/findings?format=csv&limit=1")).text.split("\r\n")[0]!;
    const rows: string[] = [];
    for (let offset = 0; rows.length < at; offset += 1000) {
      const page = (await answer(`/v1/findings?format=csv&limit=1000&offset=${offset}`)).text.split("\r\n");
      rows.push(...page.slice(1).filter((line) => line !== ""));
    }
    const firstRows = (n: number) => utf8(`${header}\r\n${rows.slice(0, n).join("\r\n")}`);
    expect(firstRows(at)).toBeGreaterThan(4 * MiB);
    expect(firstRows(at - 1)).toBeLessThanOrEqual(4 * MiB);
  });

  it("every cited work as TSV is refused alike: the budget is the lists', not one route's", async () => {
    const { noun, at, of } = await tooLarge("/v1/references?format=tsv", "limit", /pages with limit and offset/);
    expect(noun).toBe("row");
    expect(of).toBe(dataset().references.length);
    expect(at).toBeLessThan(of);
  });

  it("the same rows as TSV when asked through Accept are refused alike", async () => {
    const response = await app.fetch(new Request(`${ORIGIN}/v1/findings`, { headers: { Accept: "text/tab-separated-values" } }), {
      PUBLIC_ORIGIN: ORIGIN,
    });
    expect(response.status).toBe(413);
  });

  it("a page of the same CSV answers as before: 1,000 rows and a Link to the next page", async () => {
    const { response, bytes, text } = await answer("/v1/findings?format=csv&limit=1000&offset=0");
    expect(response.status).toBe(200);
    expect(bytes).toBeLessThanOrEqual(4 * MiB);
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="exo-bone-findings.csv"');
    expect(response.headers.get("Link")).toContain('rel="next"');
    const lines = text.split("\r\n").filter((line) => line !== "");
    expect(lines).toHaveLength(1 + 1000);
  });
});
