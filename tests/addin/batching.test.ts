// A recalculation storm: thousands of EXO.* calls at once travel in a handful of batches, each
// call gets its own right answer, and a repeat of the storm is answered from the cache.
import { describe, expect, it } from "vitest";
import type { Fetch } from "../../addin/src/client/transport";
import { CLIENT_BATCH_CALLS, CLIENT_CALL_WEIGHT } from "../../worker/src/contract";
import { findingsOf, pairs, processes, sources, spellings } from "./support/data";
import { connect, type FunctionId } from "./support/functions";
import { workerFetch } from "./support/worker";

const text = (verdict: string) => verdict.replace(/_/g, " ");
const processSpellings: Record<string, string[]> = {
  formation: ["formation", "bone formation", "osteogenesis"],
  resorption: ["resorption", "bone resorption", "osteoclastogenesis"],
  cartilage: ["cartilage", "cartilage metabolism", "chondrogenesis"],
};

/** 5,000 different calls (every spelling of every source, in three cases), each with its answer from the data. */
function storm(): { id: FunctionId; args: string[]; expected: unknown }[] {
  const calls: { id: FunctionId; args: string[]; expected: unknown }[] = [];
  const cases = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase()];
  for (const source of sources) {
    const names = [...new Set(spellings.get(source.code!)!.flatMap((n) => cases.map((c) => c(n))))];
    for (const name of names) {
      calls.push({ id: "NAME", args: [name], expected: source.name });
      for (const process of processes) {
        const verdict = pairs.find((p) => p.code === source.code && p.process === process)!.verdict;
        for (const spelled of processSpellings[process]!) {
          calls.push({ id: "COUNT", args: [name, spelled], expected: findingsOf(source.code!, process).length });
          calls.push({
            id: "EFFECT",
            args: [name, spelled],
            expected: verdict === "no_data" ? { error: "#N/A", message: expect.stringContaining("No data") } : text(verdict),
          });
        }
      }
    }
  }
  expect(calls.length).toBeGreaterThanOrEqual(5000);
  return calls.slice(0, 5000);
}

describe("batching", () => {
  it("5,000 calls in one burst make as few requests as the batch size allows and each gets its answer; the same burst again makes none", async () => {
    const { excel, requests, recorder } = connect();
    const calls = storm();
    expect(new Set(calls.map((c) => JSON.stringify([c.id, c.args]))).size).toBe(5000);

    const answers = await Promise.all(calls.map((c) => excel(c.id, ...c.args)));
    expect(answers).toEqual(calls.map((c) => c.expected));
    expect(requests.every((r) => r.url.endsWith("/v1/batch") && r.calls <= CLIENT_BATCH_CALLS)).toBe(true);
    // Source and process names are case-insensitive: OC, oc and Oc travel as one call.
    const distinct = new Set(calls.map((c) => JSON.stringify([c.id, ...c.args.map((a) => a.toLowerCase())]))).size;
    expect(distinct).toBeLessThan(5000);
    expect(requests.reduce((sum, r) => sum + r.calls, 0)).toBe(distinct);
    expect(requests.length).toBe(Math.ceil(distinct / CLIENT_BATCH_CALLS));
    expect(recorder.mostAtOnce).toBeLessThanOrEqual(4);
    console.log(
      `5,000 calls: ${requests.length} requests of ${requests.map((r) => r.calls).join(", ")} calls, at most ${recorder.mostAtOnce} at once`,
    );

    const first = requests.length;
    const again = await Promise.all(calls.map((c) => excel(c.id, ...c.args)));
    expect(again).toEqual(answers);
    expect(requests.length - first).toBe(0);
  });

  it("a FINDINGS call takes up its weight of a batch, so a batch of spills stays small enough for a fresh isolate", async () => {
    const sent: string[][] = [];
    const recording: Fetch = async (url, init) => {
      if (typeof init?.body === "string") sent.push(JSON.parse(init.body).calls.map((c: { fn: string }) => c.fn));
      return workerFetch(url, init);
    };
    const { excel } = connect(recording);
    const weight = CLIENT_CALL_WEIGHT.findings ?? 1;
    expect(weight).toBeGreaterThan(1);
    const studied = pairs.filter((p) => findingsOf(p.code, p.process).length > 0);
    const spills = studied.map((p) => excel("FINDINGS", [[p.code]], p.process));
    const cells = studied.flatMap((p) => ["review", "evidence"].map((basis) => excel("EFFECT", p.code, p.process, basis)));
    const answers = await Promise.all([...spills, ...cells]);
    // Every spill is its header and one row per finding.
    expect(answers.slice(0, studied.length).map((rows) => (rows as unknown[][]).length)).toEqual(
      studied.map((p) => findingsOf(p.code, p.process).length + 1),
    );
    const weighed = (fns: string[]) => fns.reduce((sum, fn) => sum + (fn === "findings" ? weight : 1), 0);
    expect(sent.flat()).toHaveLength(studied.length * 3);
    for (const fns of sent) expect(weighed(fns)).toBeLessThanOrEqual(CLIENT_BATCH_CALLS);
    // Full batches only where the weight demands a new one: as few requests as the weights allow.
    expect(sent.length).toBe(Math.ceil(weighed(sent.flat()) / CLIENT_BATCH_CALLS));
  });

  it("identical calls under way share one call in one request", async () => {
    const { excel, requests } = connect();
    const answers = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => excel("EFFECT", i % 2 ? "OC" : " OC ", "cartilage", i % 3 ? null : "")),
    );
    expect(new Set(answers)).toEqual(new Set([text(pairs.find((p) => p.code === "OC" && p.process === "cartilage")!.verdict)]));
    expect(requests).toEqual([expect.objectContaining({ calls: 1 })]);
  });

  it("a burst spread over several turns of the event loop still coalesces while requests are under way", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const held: Fetch = async (url, init) => {
      await gate;
      return workerFetch(url, init);
    };
    const { excel, requests } = connect(held, { maxInFlight: 1 });
    const first = excel("NAME", "OC");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const rest = sources.map((s) => excel("NAME", s.code));
    await new Promise((resolve) => setTimeout(resolve, 5));
    release();
    await Promise.all([first, ...rest]);
    // OC is already under way, so it rides on the first request.
    expect(requests.map((r) => r.calls)).toEqual([1, sources.length - 1]);
  });
});

describe("the cache", () => {
  /** The in-process Worker, with the dataset version in its answers replaced while `version` is set. */
  function versioned() {
    const state: { version?: string } = {};
    const fetch: Fetch = async (url, init) => {
      const response = await workerFetch(url, init);
      if (!state.version) return response;
      const body = (await response.json()) as { dataset: string };
      return new Response(JSON.stringify({ ...body, dataset: state.version }), { status: response.status, headers: response.headers });
    };
    return { fetch, state };
  }

  it("a new dataset version clears it", async () => {
    const { fetch, state } = versioned();
    const { excel, requests, client } = connect(fetch);
    await excel("EFFECT", "OC", "cartilage");
    await excel("EFFECT", "OC", "cartilage");
    expect(requests).toHaveLength(1);
    state.version = "9.9.9+abcdef01";
    await excel("NAME", "OB");
    expect(client.datasetVersion).toBe("9.9.9+abcdef01");
    await excel("EFFECT", "OC", "cartilage");
    expect(requests).toHaveLength(3);
  });

  it("asks again once the version has gone unconfirmed for longer than its maximum age", async () => {
    let now = 0;
    const { excel, requests } = connect(workerFetch, { now: () => now, cacheMaxAgeMs: 1000 });
    await excel("NAME", "OC");
    now = 999;
    await excel("NAME", "OC");
    expect(requests).toHaveLength(1);
    now = 2000;
    await excel("NAME", "OC");
    expect(requests).toHaveLength(2);
  });

  it("does not keep service failures: the next call asks again", async () => {
    let up = false;
    const { excel, requests } = connect(async (url, init) => (up ? workerFetch(url, init) : new Response("", { status: 502 })), {
      retries: 0,
    });
    expect(await excel("NAME", "OC")).toEqual({ error: "#N/A", message: expect.stringContaining("HTTP 502") });
    up = true;
    expect(await excel("NAME", "OC")).toBe(sources.find((s) => s.code === "OC")!.name);
    expect(requests).toHaveLength(2);
  });
});
