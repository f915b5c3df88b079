import { createExecutionContext, env, SELF, waitOnExecutionContext } from "cloudflare:test";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { LOOKUP_NAMES } from "../../worker/src/contract";
import worker from "../../worker/src/index";
import { batchRequest, type FuzzRequest, getRequest, methodRequest, pathRequest, type Vocabulary } from "./fuzz-requests";

/**
 * Property-based fuzzing of every route in workerd: whatever is sent, the Worker answers without a
 * 5xx, and every 4xx is a problem document that names the parameter at fault. One property run is
 * a chunk of requests sent concurrently, so a failure still shrinks to a minimal chunk.
 *
 * The bulk goes to the Worker's fetch handler in this isolate, because each SELF.fetch in the
 * vitest pool costs more than the one before it (cloudflare/workers-sdk#15446: thousands of them
 * take many minutes); a sample also goes through SELF.fetch, the full path a request takes.
 */

const CHUNK = 25;
/**
 * EXO_FUZZ_SCALE multiplies every property's run count: 1 (the default) sends about 10,500
 * requests, 0.1 is a quick pass while editing, 10 a long hunt before a release.
 */
const SCALE = Number(env.EXO_FUZZ_SCALE);
if (!(SCALE > 0))
  throw new Error(`EXO_FUZZ_SCALE must be a positive number such as 0.1, 1 or 10, not ${JSON.stringify(env.EXO_FUZZ_SCALE)}.`);
/**
 * A fixed seed keeps every run of the suite (and CI) on the same 10,000+ requests, so a failure
 * reproduces; change it to explore new ground, and keep any counterexample as a test.
 */
const SEED = 20261126;
const ORIGIN = "https://exo-bone.test";

type Send = (url: string, init: RequestInit) => Promise<Response>;

async function direct(url: string, init: RequestInit): Promise<Response> {
  const ctx = createExecutionContext();
  const response = await worker.fetch(new Request(ORIGIN + url, init), env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

const viaSelf: Send = (url, init) => SELF.fetch(ORIGIN + url, init);

interface Route {
  path: string;
  query: string[];
}

let routes: Route[] = [];
let vocabulary: Vocabulary;

const url = (request: FuzzRequest): string => `${request.path}${request.query.length > 0 ? `?${request.query.join("&")}` : ""}`;

/** A 200 batch answers each call in order with a value or an error the client can act on. */
function batchBreach(body: { results?: unknown[]; dataset?: unknown }): string | undefined {
  if (!Array.isArray(body.results) || typeof body.dataset !== "string") return "batch answer without results[] and dataset";
  for (const result of body.results as ({ value?: unknown; error?: { code?: string; message?: string } } | null)[]) {
    if (result === null || typeof result !== "object") return "a batch result that is not an object";
    if (!("value" in result) && !result.error) return "a batch result with neither value nor error";
    if (result.error?.code === "internal") return `a call failed inside the service: ${result.error.message}`;
  }
  return undefined;
}

/** Why the answer breaks the contract, or undefined when it keeps it. */
async function breach(send: Send, request: FuzzRequest): Promise<string | undefined> {
  const response = await send(url(request), { method: request.method, headers: request.headers, body: request.body });
  const { status } = response;
  if (status >= 500) return `${status}: ${(await response.text()).slice(0, 300)}`;
  if (status < 400) {
    if (request.route === "/v1/batch" && status === 200) return batchBreach(await response.json());
    await response.arrayBuffer();
    return undefined;
  }
  const type = response.headers.get("Content-Type") ?? "";
  if (!type.startsWith("application/problem+json")) return `${status} with Content-Type "${type}"`;
  if (request.method === "HEAD") return undefined;
  const problem = (await response.json()) as { status?: number; detail?: string; errors?: { param?: unknown; message?: unknown }[] };
  if (problem.status !== status) return `problem.status ${problem.status} but HTTP ${status}`;
  if (typeof problem.detail !== "string" || problem.detail === "") return "problem without detail";
  if (!Array.isArray(problem.errors)) return "problem without errors[]";
  // An unknown path or a wrong method has no parameter to blame; every other 4xx names one. A path
  // whose dot segments ("/v1/findings/.") the URL parser resolves away reaches no route either.
  const resolvedAway = new URL(ORIGIN + request.path).pathname !== request.path;
  if ((status === 404 && (request.route === undefined || resolvedAway)) || status === 405) return undefined;
  if (problem.errors.length === 0) return `${status} names no parameter`;
  // A raw piece such as "+" or "=" reaches the Worker as the name form decoding gives it (" ", "");
  // a 406 blames the Accept header the request sent.
  const names = new Set([...request.params.flatMap((p) => [p, ...new URLSearchParams(p).keys()]), ...Object.keys(request.headers ?? {})]);
  const stranger = problem.errors.map((e) => String(e.param)).find((param) => !names.has(param) && !names.has(param.split(".")[0]!));
  if (stranger !== undefined)
    return `${status} blames "${stranger}", which the route does not take and was not sent (${request.params.join(", ")})`;
  if (problem.errors.some((e) => typeof e.message !== "string" || e.message === "")) return `${status} has an error without a message`;
  return undefined;
}

/**
 * `chunks` (times EXO_FUZZ_SCALE, at least one) property runs of CHUNK concurrent requests each;
 * fails on the first breach of the contract, and checks that every run was sent.
 */
async function fuzz(requests: fc.Arbitrary<FuzzRequest>, chunks: number, send: Send = direct): Promise<void> {
  const runs = Math.max(1, Math.round(chunks * SCALE));
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(requests, { minLength: CHUNK, maxLength: CHUNK }), async (chunk) => {
      sent += chunk.length;
      const answers = await Promise.all(chunk.map(async (request) => ({ request, breach: await breach(send, request) })));
      const bad = answers.find((a) => a.breach !== undefined);
      if (bad)
        throw new Error(
          `${bad.request.method} ${url(bad.request).slice(0, 400)} ${(bad.request.body ?? "").slice(0, 200)} → ${bad.breach}`,
        );
    }),
    { numRuns: runs, endOnFailure: true, seed: SEED },
  );
  expect(sent).toBe(runs * CHUNK);
}

const anyGet = () => {
  const plain = routes.filter((r) => !r.path.includes("{") && r.path !== "/v1/batch");
  return fc.oneof(...[...plain, { path: "/openapi.json", query: [] }].map((r) => getRequest(r.path, r.query, vocabulary)));
};
const anyPath = () => fc.oneof(...routes.filter((r) => r.path.includes("{")).map((r) => pathRequest(r.path, vocabulary)));
const anyMethod = () => {
  const served = [...routes, { path: "/openapi.json", query: [] }].map((r) => ({ ...r, served: true }));
  const elsewhere = ["/nowhere", "/v1", "/v1/", "/V1/EFFECT"].map((path) => ({ path, query: [], served: false }));
  return methodRequest([...served, ...elsewhere]);
};
const anyBatch = () => batchRequest(vocabulary, LOOKUP_NAMES);

beforeAll(async () => {
  const json = async <T>(path: string): Promise<T> => (await (await direct(path, {})).json()) as T;
  const spec = await json<{ paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }> }>("/openapi.json");
  routes = Object.entries(spec.paths).map(([path, item]) => ({
    path,
    query: (item.get?.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
  }));
  const list = async (path: string, key: string) => (await json<{ data: Record<string, string>[] }>(path)).data.map((row) => row[key]!);
  vocabulary = {
    sources: [...(await list("/v1/sources", "code")), ...(await list("/v1/sources", "name"))],
    processes: [...(await list("/v1/processes", "code")), ...(await list("/v1/processes", "name"))],
    molecules: await list("/v1/molecules", "name"),
    findingIds: await list("/v1/findings?limit=1000", "id"),
  };
});

describe("fuzzing every route", () => {
  it("knows every route the OpenAPI document lists, and the lookups' vocabulary", () => {
    expect(routes.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        "/v1/effect",
        "/v1/findings",
        "/v1/findings/{id}",
        "/v1/sources/{code}",
        "/v1/matrix",
        "/v1/batch",
        "/healthz",
      ]),
    );
    expect(vocabulary.sources).toContain("OC");
    expect(vocabulary.findingIds.length).toBeGreaterThan(100);
  });

  it("GET with random, malformed, huge, Unicode, injection-shaped and repeated query parameters", async () => {
    await fuzz(anyGet(), 240);
  }, 300_000);

  it("path parameters: ids and source codes of every shape", async () => {
    await fuzz(anyPath(), 60);
  }, 300_000);

  it("every method on every route", async () => {
    await fuzz(anyMethod(), 30);
  }, 300_000);

  it("POST /v1/batch with valid, ill-shaped, near-limit and malformed bodies", async () => {
    await fuzz(anyBatch(), 80);
  }, 300_000);

  it("bodies over 1 MiB are refused with 413 naming the body", async () => {
    const oversized = fc.tuple(fc.integer({ min: 1024 * 1024 + 1, max: 3 * 1024 * 1024 }), fc.constantFrom("json", "text")).map(
      ([size, kind]): FuzzRequest => ({
        method: "POST",
        route: "/v1/batch",
        path: "/v1/batch",
        query: [],
        params: ["body"],
        headers: { "Content-Type": "application/json" },
        body: kind === "json" ? JSON.stringify({ calls: [{ fn: "name", args: ["x".repeat(size)] }] }) : "x".repeat(size),
      }),
    );
    await fuzz(oversized, 1);
    const response = await direct("/v1/batch", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "[".repeat(1024 * 1024 + 1),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { param: string }[] }).errors[0]!.param).toBe("body");
  }, 300_000);

  it("a sample of every kind through SELF.fetch, the whole path into the Worker", async () => {
    await fuzz(fc.oneof(anyGet(), anyPath(), anyMethod(), anyBatch()), 8, viaSelf);
  }, 300_000);
});
