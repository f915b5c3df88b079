import { describe, expect, it } from "vitest";
import { json, post } from "./fetch";
import { findingsOf, sources, verdictOf, versionPattern } from "./raw-data";

async function batch(calls: unknown[]) {
  const response = await post("/v1/batch", { calls });
  expect(response.status).toBe(200);
  // biome-ignore lint/suspicious/noExplicitAny: each test reads the answer of the calls it made and asserts on its values
  return ((await response.json()) as { results: ({ value: any } | { error: any })[] }).results;
}

describe("POST /v1/batch", () => {
  it("answers every lookup the functions make, in order", async () => {
    const results = await batch([
      { fn: "effect", args: ["OC", "cartilage"] },
      { fn: "count", args: ["BMSC", "formation"] },
      { fn: "count", args: ["BMSC", "formation", "inhibits"] },
      { fn: "name", args: ["OC-Exos"] },
      { fn: "citations", args: ["OC", "cartilage"] },
      { fn: "findings", args: ["OC", "cartilage"] },
      { fn: "cargo", args: ["OC", "formation"] },
      { fn: "targets", args: ["OC"] },
      { fn: "sources", args: ["cartilage", "inhibits"] },
      { fn: "matrix", args: [] },
      { fn: "version" },
    ]);
    const values = results.map((r) => ("value" in r ? r.value : r.error));
    expect(values[0].verdict).toBe(verdictOf("OC", "cartilage"));
    expect(values[1]).toBe(findingsOf("BMSC", "formation").length);
    expect(values[2]).toBe(findingsOf("BMSC", "formation").filter((f) => f.direction === "inhibits").length);
    expect(values[3]).toBe("osteoclast");
    expect(values[4]).toEqual([...new Set(findingsOf("OC", "cartilage").flatMap((f) => f.citations!.split("|").filter(Boolean)))]);
    expect(values[5].data.map((f: { id: string }) => f.id)).toEqual(findingsOf("OC", "cartilage").map((f) => f.id));
    expect(values[6]).toEqual([...new Set(findingsOf("OC", "formation").flatMap((f) => f.cargo!.split("|").filter(Boolean)))]);
    expect(values[7]).toEqual([...new Set(findingsOf("OC").flatMap((f) => f.targets!.split("|").filter(Boolean)))]);
    expect(values[8].map((s: { source: string }) => s.source)).toEqual(
      sources.map((s) => s.code).filter((code) => verdictOf(code!, "cartilage") === "inhibits"),
    );
    expect(values[9]).toHaveLength(sources.length);
    expect(values[10]).toMatch(new RegExp(`^${versionPattern}\\+`));
  });

  it("answers effect with what EXO.EFFECT shows: the verdict and evidence counts of GET /v1/effect, not its growing lists", async () => {
    for (const [source, process] of [
      ["OC", "cartilage"],
      ["BMSC", "formation"],
      ["BMSC", "resorption"],
    ] as const) {
      for (const basis of ["review", "evidence"]) {
        const [result] = await batch([{ fn: "effect", args: [source, process, basis] }]);
        const { body } = await json(`/v1/effect?source=${source}&process=${process}&basis=${basis}`);
        expect(body.findings).toEqual(findingsOf(source, process).map((f) => f.id));
        expect(result).toEqual({
          value: { source, process, basis, verdict: body.verdict, evidence: body.evidence },
        });
        const rows = findingsOf(source, process);
        expect(body.evidence).toEqual({
          promotes: rows.filter((f) => f.direction === "promotes").length,
          inhibits: rows.filter((f) => f.direction === "inhibits").length,
          no_effect: rows.filter((f) => f.direction === "no_effect").length,
        });
      }
    }
  });

  it("lets each call fail on its own, keeping order", async () => {
    const results = await batch([
      { fn: "effect", args: ["OC", "cartilage"] },
      { fn: "effect", args: ["OCC", "cartilage"] },
      { fn: "nope", args: [] },
      "not a call",
      { fn: "effect", args: ["OC"] },
      { fn: "name", args: ["OC", "extra"] },
      { fn: "count", args: ["OB", "resorption"] },
    ]);
    expect(results[0]).toMatchObject({ value: { verdict: verdictOf("OC", "cartilage") } });
    expect(results[1]).toMatchObject({ error: { code: "bad_argument", param: "source", suggestion: "OC" } });
    expect(results[2]).toMatchObject({ error: { code: "bad_call" } });
    expect(results[3]).toMatchObject({ error: { code: "bad_call" } });
    expect(results[4]).toMatchObject({ error: { code: "bad_argument", param: "process" } });
    expect(results[5]).toMatchObject({ error: { code: "bad_argument", param: "args" } });
    expect(results[6]).toEqual({ value: findingsOf("OB", "resorption").length });
  });

  it("treats blank optional arguments as omitted", async () => {
    const [withBlank, without] = await batch([
      { fn: "count", args: ["OC", "formation", ""] },
      { fn: "count", args: ["OC", "formation"] },
    ]);
    expect(withBlank).toEqual(without);
    const [nulled] = await batch([{ fn: "effect", args: ["OC", "formation", null] }]);
    expect(nulled).toMatchObject({ value: { basis: "review" } });
  });

  it("takes 1,000 calls and refuses 1,001 with a 400 naming calls", async () => {
    const ok = await batch(Array.from({ length: 1000 }, () => ({ fn: "count", args: ["OC", "formation"] })));
    expect(ok).toHaveLength(1000);
    const tooMany = await post("/v1/batch", { calls: Array.from({ length: 1001 }, () => ({ fn: "version" })) });
    expect(tooMany.status).toBe(400);
    expect(((await tooMany.json()) as { errors: { param: string }[] }).errors[0]!.param).toBe("calls");
  });

  it("refuses a body over 1 MiB with 413", async () => {
    const huge = await post("/v1/batch", { calls: [{ fn: "name", args: ["x".repeat(1_100_000)] }] });
    expect(huge.status).toBe(413);
    expect(huge.headers.get("Content-Type")).toContain("application/problem+json");
  });

  it("answers batches in flight at once each with its own bytes (answers are assembled in one shared buffer)", async () => {
    const codes = sources.map((s) => s.code!);
    // The largest first: were its bytes not copied when its response was made, the smaller
    // answers assembled after it would overwrite their start.
    const bodies = [
      codes.map((code) => ({ fn: "findings", args: [code] })),
      codes.map((code) => ({ fn: "effect", args: [code, "formation"] })),
      [{ fn: "matrix", args: [] }],
      [{ fn: "version" }],
      [{ fn: "finding", args: ["F-2.2-03"] }],
    ];
    const text = async (calls: unknown[]) => {
      const response = await post("/v1/batch", { calls });
      expect(response.status).toBe(200);
      return response.text();
    };
    const alone: string[] = [];
    for (const calls of bodies) alone.push(await text(calls));
    expect(new Set(alone.map((a) => a.length)).size).toBe(bodies.length);
    const together = await Promise.all(bodies.map(text));
    expect(together).toEqual(alone);
  });
});
