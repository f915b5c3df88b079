// Faults the network and the service can throw at the functions that errors.test.ts leaves out:
// a connection reset in the middle of an answer, an answer that is not what its type says, and
// the dataset version changing between two batches of one recalculation. Every formula ends with
// the right answer or the documented #N/A, and none is left pending.
import { describe, expect, it } from "vitest";
import { createClient } from "../../addin/src/client/client";
import { ServiceError } from "../../addin/src/client/errors";
import type { Fetch } from "../../addin/src/client/transport";
import { CLIENT_BATCH_CALLS } from "../../worker/src/contract";
import { findingsOf, processes, reviewVerdict, sources, spellings } from "./support/data";
import { connect } from "./support/functions";
import { ORIGIN, recording, workerFetch } from "./support/worker";

const osteoclast = sources.find((s) => s.code === "OC")!.name;

/** The Worker's answer, cut off after `keep` bytes of its body by a reset (as undici reports one: "terminated"). */
async function resetAfter(response: Response, keep: number): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(bytes.length).toBeGreaterThan(keep);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes.slice(0, keep));
      controller.error(new TypeError("terminated"));
    },
  });
  return new Response(body, { status: response.status, headers: response.headers });
}

describe("a connection reset in the middle of an answer", () => {
  it("is retried like any network failure, and the retry's answer is the right one", async () => {
    let resets = 1;
    const { excel, requests } = connect(async (url, init) => {
      const response = await workerFetch(url, init);
      return resets-- > 0 ? resetAfter(response, 20) : response;
    });
    expect(await excel("NAME", "OC")).toBe(osteoclast);
    expect(requests).toHaveLength(2);
  });

  it("every time: #N/A saying the service could not be reached, after the retries", async () => {
    const { excel, requests } = connect(async (url, init) => resetAfter(await workerFetch(url, init), 20), { retries: 2 });
    const cells = await Promise.all([excel("EFFECT", "OC", "cartilage"), excel("COUNT", "OC", "cartilage")]);
    for (const cell of cells)
      expect(cell).toEqual({ error: "#N/A", message: expect.stringMatching(/could not be reached \(terminated\).*Tried 3 time/) });
    expect(requests).toHaveLength(3);
  });

  it("on a GET the task pane makes: rejected with the reason, never left pending", async () => {
    const recorder = recording(async (url, init) => resetAfter(await workerFetch(url, init), 10));
    const api = createClient({ baseUrl: ORIGIN, fetch: recorder.fetch, retries: 1, backoffMs: 1, timeoutMs: 2_000 });
    const failure = await api.get("/v1/sources").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceError);
    expect((failure as ServiceError).failure).toBe("unreachable");
    expect(recorder.log).toHaveLength(2);
  });
});

describe("an answer whose content type is wrong", () => {
  it("a sign-in page served as text/html with 200 is #N/A saying the answer is not JSON, not retried", async () => {
    const portal: Fetch = async () =>
      new Response("<!doctype html><title>Sign in to the network</title>", { status: 200, headers: { "Content-Type": "text/html" } });
    const { excel, requests } = connect(portal);
    expect(await excel("EFFECT", "OC", "cartilage")).toEqual({ error: "#N/A", message: expect.stringContaining("not JSON") });
    expect(requests).toHaveLength(1);
  });

  it("the service's JSON relabelled text/plain by a proxy still gives the right answer (the body decides)", async () => {
    const relabel: Fetch = async (url, init) => {
      const response = await workerFetch(url, init);
      const headers = new Headers(response.headers);
      headers.set("Content-Type", "text/plain");
      return new Response(await response.text(), { status: response.status, headers });
    };
    const { excel } = connect(relabel);
    expect(await excel("COUNT", "OC", "cartilage")).toBe(findingsOf("OC", "cartilage").length);
  });
});

describe("the dataset version changing between two batches of one recalculation", () => {
  /** 1,200 different calls (every spelling of every source): three batches of at most 500. */
  const burst = () =>
    sources
      .flatMap((s) =>
        spellings.get(s.code!)!.flatMap((spelled) =>
          processes.flatMap((p) =>
            ["", "promotes", "inhibits", "no_effect"].map((direction) => ({
              args: [spelled, p, direction],
              expected: findingsOf(s.code!, p, direction || undefined).length,
            })),
          ),
        ),
      )
      .slice(0, 1200);

  /** The Worker, with the dataset field of the n-th batch answer set to `versionOf(n)`. */
  function relabelled(versionOf: (n: number) => string, hold?: (n: number) => Promise<void>): Fetch {
    let batches = 0;
    return async (url, init) => {
      const n = batches++;
      const response = await workerFetch(url, init);
      const body = (await response.json()) as { dataset: string };
      await hold?.(n);
      return new Response(JSON.stringify({ ...body, dataset: versionOf(n) }), { status: response.status, headers: response.headers });
    };
  }

  it("every formula gets its answer; the new version's answers are asked again before the client follows it", async () => {
    const calls = burst();
    expect(calls).toHaveLength(1200);
    const distinct = new Set(calls.map((c) => JSON.stringify(c.args.map((a) => a.toLowerCase())))).size;
    const { excel, requests, client } = connect(
      relabelled((n) => (n === 0 ? "1.0.0+0a0a0a0a" : "1.0.1+0b0b0b0b")),
      { maxInFlight: 1, versionRepeats: 2 },
    );
    const answers = await Promise.all(calls.map((c) => excel("COUNT", ...c.args)));
    expect(answers).toEqual(calls.map((c) => c.expected));
    // The first batch pinned the recalculation to 1.0.0; every later call came back from 1.0.1,
    // was asked twice more, and then accepted: the service had moved on.
    const first = requests[0]!.calls;
    expect(requests.reduce((sum, r) => sum + r.calls, 0)).toBe(distinct + 2 * (distinct - first));
    expect(client.datasetVersion).toBe("1.0.1+0b0b0b0b");

    // The first batch's answers belonged to the old version: asked again. The others are cached.
    const before = requests.length;
    const again = await Promise.all(calls.map((c) => excel("COUNT", ...c.args)));
    expect(again).toEqual(answers);
    expect(requests.slice(before).reduce((sum, r) => sum + r.calls, 0)).toBe(first);
  });

  it("an old version's answer arriving after the new one's still settles every formula rightly", async () => {
    const calls = burst();
    let releaseFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
    let answered = 0;
    const { excel, requests } = connect(
      relabelled(
        (n) => (n === 0 ? "1.0.0+0a0a0a0a" : "1.0.1+0b0b0b0b"),
        async (n) => {
          if (n === 0) await firstHeld;
          else if (++answered === 2) releaseFirst();
        },
      ),
      { maxInFlight: 3 },
    );
    const answers = await Promise.all(calls.map((c) => excel("COUNT", ...c.args)));
    expect(answers).toEqual(calls.map((c) => c.expected));
    // The new version answered first and pinned the recalculation; the old batch, arriving last,
    // was asked again (and answered by the new version): one request more than the batches.
    const distinct = new Set(calls.map((c) => JSON.stringify(c.args.map((a) => a.toLowerCase())))).size;
    expect(requests).toHaveLength(Math.ceil(distinct / CLIENT_BATCH_CALLS) + 1);

    const grid = await Promise.all(sources.flatMap((s) => processes.map((p) => excel("EFFECT", s.code!, p))));
    const expected = sources.flatMap((s) => processes.map((p) => reviewVerdict(s.code!, p)));
    grid.forEach((cell, i) => {
      if (expected[i] === "no_data") expect(cell).toMatchObject({ error: "#N/A" });
      else expect(cell).toBe(expected[i]!.replace(/_/g, " "));
    });
  });
});
