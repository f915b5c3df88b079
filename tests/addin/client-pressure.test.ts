// The add-in's client under pressure, with an injected transport: a service that rate-limits (429),
// is overloaded (503), refuses a large batch (413), fails with 5xx, or runs two dataset versions at
// once during a gradual deployment. Every formula ends with its answer or a clear #N/A; the cache
// stays within its bytes and folds the case of case-insensitive arguments.
import { describe, expect, it } from "vitest";
import { ByteLru } from "../../addin/src/client/byte-lru";
import type { Fetch } from "../../addin/src/client/transport";
import { findingsOf, sources } from "./support/data";
import { connect } from "./support/functions";
import { workerFetch } from "./support/worker";

const nameOf = (code: string) => sources.find((s) => s.code === code)!.name;
const codes = sources.map((s) => s.code!);

/** A clock that only moves when the client sleeps; concurrent sleeps to one instant end together. */
function fakeClock() {
  const clock = { now: 0, sleeps: [] as number[] };
  const sleep = async (ms: number) => {
    clock.sleeps.push(ms);
    const end = clock.now + ms;
    await Promise.resolve();
    clock.now = Math.max(clock.now, end);
  };
  return { clock, now: () => clock.now, sleep };
}

const callsIn = (init?: RequestInit): { fn: string; args: unknown[] }[] =>
  typeof init?.body === "string" ? JSON.parse(init.body).calls : [];

const problem = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: "about:blank", title: "Busy", status, detail: `HTTP ${status}`, errors: [] }), {
    status,
    headers: { "Content-Type": "application/problem+json", ...headers },
  });

describe("429 and 503 with Retry-After", () => {
  it("hold every request, calls and pane reads alike, for one shared pause, then answer", async () => {
    const { clock, now, sleep } = fakeClock();
    const sentAt: number[] = [];
    // Rate-limited until t = 2 s, as the first answers say.
    const limited: Fetch = async (url, init) => {
      sentAt.push(now());
      return now() < 2000 ? problem(429, { "Retry-After": "2" }) : workerFetch(url, init);
    };
    const { excel, client } = connect(limited, { now, sleep, maxBatch: 2 });
    const cells = Promise.all(["OC", "OB", "BMSC", "EC"].map((code) => excel("NAME", code)));
    const pane = client.get("/v1/sources");
    expect(await cells).toEqual(["OC", "OB", "BMSC", "EC"].map(nameOf));
    expect(((await pane) as { data: unknown[] }).data).toHaveLength(sources.length);
    // Two batches and the pane's read were refused at 0; all three waited for the same instant:
    // one pause of 2 s, not one each, and nothing was sent during it.
    expect(sentAt).toEqual([0, 0, 0, 2000, 2000, 2000]);
    expect(clock.now).toBe(2000);
  });

  it("caps the pause a service asks for", async () => {
    const { clock, now, sleep } = fakeClock();
    let refusals = 1;
    const { excel } = connect(async (url, init) => (refusals-- > 0 ? problem(503, { "Retry-After": "3600" }) : workerFetch(url, init)), {
      now,
      sleep,
      maxPauseMs: 5000,
    });
    expect(await excel("NAME", "OC")).toBe(nameOf("OC"));
    expect(clock.now).toBe(5000);
  });

  it("a service that keeps answering 429 ends in #N/A saying so, after the retries", async () => {
    const { now, sleep } = fakeClock();
    const { excel, requests } = connect(async () => problem(429, { "Retry-After": "1" }), { now, sleep, retries: 2 });
    expect(await excel("COUNT", "OC", "cartilage")).toEqual({
      error: "#N/A",
      message: expect.stringMatching(/kept answering HTTP 429.*Tried 3 time/),
    });
    expect(requests).toHaveLength(3);
  });
});

describe("413 and 5xx for a batch", () => {
  it("a batch too large for the service is split in halves until each part passes", async () => {
    const smallOnly: Fetch = async (url, init) => (callsIn(init).length > 2 ? problem(413) : workerFetch(url, init));
    const { excel, requests } = connect(smallOnly, { maxBatch: 8 });
    const picked = codes.slice(0, 8);
    expect(await Promise.all(picked.map((code) => excel("NAME", code)))).toEqual(picked.map(nameOf));
    expect(requests.map((r) => r.calls)).toEqual([8, 4, 2, 2, 4, 2, 2]);
  });

  it("a 5xx splits the batch instead of sending it whole again", async () => {
    let failures = 1;
    const { excel, requests } = connect(
      async (url, init) => (failures-- > 0 ? new Response("upstream", { status: 502 }) : workerFetch(url, init)),
      { maxBatch: 6 },
    );
    const picked = codes.slice(0, 6);
    expect(await Promise.all(picked.map((code) => excel("COUNT", code, "formation")))).toEqual(
      picked.map((code) => findingsOf(code, "formation").length),
    );
    expect(requests.map((r) => r.calls)).toEqual([6, 3, 3]);
  });

  it("a 503 with Retry-After waits, then splits", async () => {
    const { clock, now, sleep } = fakeClock();
    let failures = 1;
    const { excel, requests } = connect(
      async (url, init) => (failures-- > 0 ? problem(503, { "Retry-After": "1" }) : workerFetch(url, init)),
      {
        now,
        sleep,
        maxBatch: 4,
      },
    );
    const picked = codes.slice(0, 4);
    expect(await Promise.all(picked.map((code) => excel("NAME", code)))).toEqual(picked.map(nameOf));
    expect(requests.map((r) => r.calls)).toEqual([4, 2, 2]);
    expect(clock.now).toBe(1000);
  });

  it("a single call refused with 413 gets #N/A with the service's reason, and the others their answers", async () => {
    const { excel } = connect(
      async (url, init) => (callsIn(init).some((c) => String(c.args[0]).length > 100) ? problem(413) : workerFetch(url, init)),
      { maxBatch: 3 },
    );
    const [long, ...rest] = await Promise.all([excel("NAME", "x".repeat(200)), excel("NAME", "OC"), excel("NAME", "OB")]);
    expect(long).toEqual({ error: "#N/A", message: expect.stringContaining("HTTP 413") });
    expect(rest).toEqual([nameOf("OC"), nameOf("OB")]);
  });
});

/** A service whose n-th request answers from dataset version `versionOf(n)`: NAME(x) is "<version>/<x>". */
function twoVersions(versionOf: (n: number) => string): Fetch {
  let n = 0;
  return async (_url, init) => {
    const dataset = versionOf(n++);
    const results = callsIn(init).map((call) => ({ value: `${dataset}/${String(call.args[0])}` }));
    return Response.json({ results, dataset }, { headers: { "X-Dataset-Version": dataset } });
  };
}

const versionsIn = (cells: unknown[]) => new Set(cells.map((cell) => String(cell).split("/")[0]));

describe("a gradual deployment: two dataset versions answering side by side", () => {
  it("one recalculation delivers values of one version: answers of the other are asked again", async () => {
    const schedule = ["1.0.0+aaaaaaaa", "1.1.0+bbbbbbbb", "1.0.0+aaaaaaaa", "1.0.0+aaaaaaaa"];
    const { excel, requests } = connect(
      twoVersions((n) => schedule[n] ?? "1.0.0+aaaaaaaa"),
      { maxBatch: 2, maxInFlight: 1 },
    );
    const cells = await Promise.all(["c1", "c2", "c3", "c4", "c5", "c6"].map((x) => excel("NAME", x)));
    expect(versionsIn(cells)).toEqual(new Set(["1.0.0+aaaaaaaa"]));
    // c3 and c4 came back from 1.1.0 and were asked again.
    expect(requests.map((r) => r.calls)).toEqual([2, 2, 2, 2]);
  });

  it("once the other version answers every repeat, the service has moved on and the client follows it", async () => {
    const { excel, requests, client } = connect(
      twoVersions((n) => (n === 0 ? "1.0.0+aaaaaaaa" : "1.1.0+bbbbbbbb")),
      { maxBatch: 1, maxInFlight: 1, versionRepeats: 2 },
    );
    const cells = await Promise.all(["c1", "c2"].map((x) => excel("NAME", x)));
    expect(cells).toEqual(["1.0.0+aaaaaaaa/c1", "1.1.0+bbbbbbbb/c2"]);
    expect(requests).toHaveLength(1 + 1 + 2);
    expect(client.datasetVersion).toBe("1.1.0+bbbbbbbb");
  });

  it("keeps each version's answers, so a deployment flipping back costs no requests", async () => {
    let version = "1.0.0+aaaaaaaa";
    const { excel, requests } = connect(twoVersions(() => version));
    await Promise.all(["x1", "x2"].map((x) => excel("NAME", x)));
    version = "1.1.0+bbbbbbbb";
    expect(await excel("NAME", "y")).toBe("1.1.0+bbbbbbbb/y");
    version = "1.0.0+aaaaaaaa";
    expect(await excel("NAME", "z")).toBe("1.0.0+aaaaaaaa/z");
    const before = requests.length;
    expect(await Promise.all(["x1", "x2"].map((x) => excel("NAME", x)))).toEqual(["1.0.0+aaaaaaaa/x1", "1.0.0+aaaaaaaa/x2"]);
    expect(requests.length).toBe(before);
  });
});

describe("the cache", () => {
  it("is bounded in bytes and evicts the least recently used answers first", () => {
    const lru = new ByteLru<string>(100);
    lru.set("a", "A", 40);
    lru.set("b", "B", 40);
    lru.get("a");
    lru.set("c", "C", 40);
    expect(lru.get("b")).toBeUndefined();
    expect([lru.get("a"), lru.get("c")]).toEqual(["A", "C"]);
    expect(lru.bytes).toBe(80);
    lru.set("huge", "H", 101);
    expect(lru.get("huge")).toBeUndefined();
    expect(lru.bytes).toBeLessThanOrEqual(100);
  });

  it("does not keep an answer larger than its bound, and keeps small ones", async () => {
    const { excel, requests } = connect(workerFetch, { cacheBytes: 4 * 1024 });
    await excel("FINDINGS", "BMSC");
    await excel("FINDINGS", "BMSC");
    await excel("NAME", "OC");
    await excel("NAME", "OC");
    expect(requests.map((r) => r.calls)).toEqual([1, 1, 1]);
  });

  it("folds the case of case-insensitive arguments: OC, oc and Oc are one call and one entry", async () => {
    const { excel, requests } = connect();
    const cells = await Promise.all(["OC", "oc", "Oc", " oC "].map((code) => excel("EFFECT", code, "CARTILAGE")));
    expect(new Set(cells).size).toBe(1);
    expect(requests.map((r) => r.calls)).toEqual([1]);
    expect(await excel("COUNT", "ocy", "Formation")).toBe(await excel("COUNT", "Ocy", "formation"));
    expect(requests).toHaveLength(2);
  });

  it("keeps the case of free text: a pane search for Wnt and for wnt are two requests", async () => {
    const { client, requests } = connect();
    await client.get("/v1/findings", { q: "Wnt" });
    await client.get("/v1/findings", { q: "wnt" });
    expect(requests).toHaveLength(2);
  });
});
