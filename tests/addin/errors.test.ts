// What a cell shows when a lookup cannot answer: #VALUE! for a wrong argument (naming the valid
// choices), #N/A with a message for no data and for a service that is down, slow or broken.
import { describe, expect, it } from "vitest";
import type { Fetch } from "../../addin/src/client/transport";
import { fitToCell, MAX_CELL_TEXT } from "../../addin/src/functions/cells";
import { findingsOf, list, pairs, processes, sources, unique } from "./support/data";
import { connect } from "./support/functions";
import { workerFetch } from "./support/worker";

describe("a wrong argument is #VALUE! with a message naming the valid choices", () => {
  it("an unknown source lists every source code and suggests the closest", async () => {
    const { excel } = connect();
    const answer = (await excel("EFFECT", "OCC", "cartilage")) as { error: string; message: string };
    expect(answer.error).toBe("#VALUE!");
    for (const s of sources) expect(answer.message).toContain(s.code);
    expect(answer.message).toMatch(/Did you mean OC\?/);
  });

  it("an unknown process names formation, resorption and cartilage", async () => {
    const { excel } = connect();
    const answer = (await excel("COUNT", "OC", "bone growthh")) as { error: string; message: string };
    expect(answer.error).toBe("#VALUE!");
    for (const p of processes) expect(answer.message).toContain(p);
  });

  it.each([
    ["COUNT", ["OC", "formation", "up"], ["promotes", "inhibits", "no_effect"]],
    ["EFFECT", ["OC", "formation", "gut feeling"], ["review", "evidence"]],
    ["CARGO", ["OC", null, "lipid"], ["miRNA", "lncRNA", "circRNA", "protein", "other"]],
    ["SOURCES", ["formation", "maybe"], ["promotes", "inhibits", "mixed", "not_studied", "no_data"]],
  ] as const)("%s with a bad choice names the choices", async (id, args, choices) => {
    const { excel } = connect();
    const answer = (await excel(id, ...args)) as { error: string; message: string };
    expect(answer.error).toBe("#VALUE!");
    for (const choice of choices) expect(answer.message).toContain(choice);
  });

  it("a blank required argument says which one is missing", async () => {
    const { excel } = connect();
    expect(await excel("EFFECT", "OC", "")).toEqual({ error: "#VALUE!", message: expect.stringContaining("needs process") });
    expect(await excel("NAME", null)).toEqual({ error: "#VALUE!", message: expect.stringContaining("needs code_or_alias") });
  });
});

describe("no data is #N/A with a message", () => {
  it("EFFECT where the review says nothing", async () => {
    const { excel } = connect();
    const silent = pairs.find((p) => p.verdict === "no_data")!;
    expect(await excel("EFFECT", silent.code, silent.process)).toEqual({
      error: "#N/A",
      message: `No data: the review says nothing about ${silent.code} exosomes and ${silent.process}.`,
    });
  });

  it("FINDINGS, CARGO, TARGETS and CITATIONS where there is nothing to list", async () => {
    const { excel } = connect();
    const empty = pairs.find((p) => findingsOf(p.code, p.process).length === 0)!;
    for (const id of ["FINDINGS", "TARGETS", "CITATIONS", "CARGO"] as const) {
      expect(await excel(id, empty.code, empty.process)).toEqual({
        error: "#N/A",
        message: expect.stringContaining(`${empty.code}, ${empty.process}`),
      });
    }
    const noCargo = pairs.find(
      (p) => findingsOf(p.code, p.process).length > 0 && unique(findingsOf(p.code, p.process).flatMap((f) => list(f.cargo))).length === 0,
    );
    if (noCargo)
      expect(await excel("CARGO", noCargo.code, noCargo.process)).toEqual({ error: "#N/A", message: expect.stringContaining("no cargo") });
    expect(await excel("COUNT", empty.code, empty.process)).toBe(0);
  });
});

describe("a service that cannot answer is #N/A saying so, never an endless #BUSY!", () => {
  const down: Fetch = async () => {
    throw new TypeError("fetch failed");
  };
  const hanging: Fetch = (_url, init) =>
    new Promise((_resolve, reject) =>
      init?.signal?.addEventListener("abort", () => reject(new DOMException("The operation was aborted.", "AbortError"))),
    );
  const deaf: Fetch = () => new Promise(() => undefined);

  it("down: retried, then #N/A saying it could not be reached", async () => {
    const { excel, requests } = connect(down, { retries: 2 });
    expect(await excel("EFFECT", "OC", "cartilage")).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/could not be reached.*Tried 3 time/),
    });
    expect(requests).toHaveLength(3);
  });

  it("slow: #N/A saying it did not answer in time, even if the fetch ignores the abort signal", async () => {
    for (const fetch of [hanging, deaf]) {
      const { excel, requests } = connect(fetch, { timeoutMs: 50 });
      expect(await excel("NAME", "OC")).toEqual({ error: "#N/A", message: expect.stringContaining("did not answer within 0.1 s") });
      expect(requests).toHaveLength(1);
    }
  });

  it("500 then success: retried, and the right answer", async () => {
    let failures = 1;
    const flaky: Fetch = async (url, init) => (failures-- > 0 ? new Response("upstream error", { status: 500 }) : workerFetch(url, init));
    const { excel, requests } = connect(flaky);
    expect(await excel("NAME", "OC")).toBe(sources.find((s) => s.code === "OC")!.name);
    expect(requests).toHaveLength(2);
  });

  it("500 every time: #N/A naming the status after the retries", async () => {
    const { excel, requests } = connect(async () => new Response("no", { status: 503 }), { retries: 1 });
    expect(await excel("COUNT", "OC", "formation")).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/failed with HTTP 503.*Tried 2 time/),
    });
    expect(requests).toHaveLength(2);
  });

  it("a 4xx for the whole batch is not retried", async () => {
    const problem = JSON.stringify({
      type: "about:blank",
      title: "Request too large",
      status: 413,
      detail: "The batch body is larger than 1 MiB.",
      errors: [],
    });
    const { excel, requests } = connect(
      async () => new Response(problem, { status: 413, headers: { "Content-Type": "application/problem+json" } }),
    );
    expect(await excel("NAME", "OC")).toEqual({
      error: "#N/A",
      message: expect.stringContaining("refused the request (HTTP 413: The batch body is larger than 1 MiB.)"),
    });
    expect(requests).toHaveLength(1);
  });

  it.each([
    ["an HTML page", "<html><body>Sign in</body></html>", /not JSON/],
    ["too few results", JSON.stringify({ results: [], dataset: "1.0.0+00000000" }), /0 results for 1 calls/],
    [
      "a result that is neither value nor error",
      JSON.stringify({ results: [{ nothing: 1 }], dataset: "1.0.0+00000000" }),
      /neither a value nor an error/,
    ],
    [
      "a value of the wrong shape",
      JSON.stringify({ results: [{ value: { verdict: 7 } }], dataset: "1.0.0+00000000" }),
      /in a shape this add-in does not know/,
    ],
  ])("a malformed body (%s) is #N/A saying the answer cannot be read", async (_what, body, why) => {
    const { excel } = connect(async () => new Response(body, { status: 200, headers: { "Content-Type": "application/json" } }));
    expect(await excel("EFFECT", "OC", "cartilage")).toEqual({ error: "#N/A", message: expect.stringMatching(why) });
  });
});

describe("cell text", () => {
  it("is cut to Excel's 32,767 characters with an ellipsis", () => {
    expect(fitToCell("x".repeat(MAX_CELL_TEXT))).toHaveLength(MAX_CELL_TEXT);
    const cut = fitToCell("y".repeat(MAX_CELL_TEXT + 10));
    expect(cut).toHaveLength(MAX_CELL_TEXT);
    expect(cut.endsWith("…")).toBe(true);
  });
});
