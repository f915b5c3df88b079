// The client's GET helper, which the task pane uses: JSON from the API, cached per dataset version.
import { describe, expect, it } from "vitest";
import { createClient } from "../../addin/src/client/client";
import { CallError, ServiceError } from "../../addin/src/client/errors";
import type { Fetch } from "../../addin/src/client/transport";
import { answers, read } from "../../addin/src/taskpane/api";
import { findingsOf, sources } from "./support/data";
import { ORIGIN, recording, workerFetch } from "./support/worker";

function client(fetch: Fetch = workerFetch) {
  const recorder = recording(fetch);
  return { api: createClient({ baseUrl: ORIGIN, fetch: recorder.fetch, backoffMs: 1, timeoutMs: 2_000 }), requests: recorder.log };
}

describe("client.get", () => {
  it("returns the route's JSON, with repeated and list parameters, and answers a repeat from the cache", async () => {
    const { api, requests } = client();
    const page = await api.get("/v1/findings", { source: ["OC", "OB"], process: "cartilage", limit: 1000, q: undefined });
    if (!answers.findings(page)) throw new Error("not a page of findings");
    const expected = [...findingsOf("OC", "cartilage"), ...findingsOf("OB", "cartilage")].map((f) => f.id).sort();
    expect(page.data.map((f) => f.id).sort()).toEqual(expected);
    expect(page.meta.total).toBe(expected.length);
    expect(requests[0]!.url).toBe(`${ORIGIN}/v1/findings?source=OC&source=OB&process=cartilage&limit=1000`);

    const [again, twice] = await Promise.all([
      api.get("/v1/findings", { source: ["OC", "OB"], process: "cartilage", limit: 1000 }),
      api.get("/v1/findings", { source: ["OC", "OB"], process: "cartilage", limit: 1000 }),
    ]);
    expect(again).toBe(page);
    expect(twice).toBe(page);
    expect(requests).toHaveLength(1);
    expect(api.datasetVersion).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
  });

  it("asks again when told the answer must be fresh, and shares identical requests under way", async () => {
    const { api, requests } = client();
    const [a, b] = await Promise.all([api.get("/v1/sources"), api.get("/v1/sources")]);
    expect(a).toBe(b);
    expect(requests).toHaveLength(1);
    const fresh = await read(api, "/v1/sources", answers.sources, { fresh: true });
    expect(fresh.data.map((s) => s.code)).toEqual(sources.map((s) => s.code));
    expect(requests).toHaveLength(2);
  });

  it("turns a problem document into a CallError with the parameter's message, without retrying", async () => {
    const { api, requests } = client();
    const error = await api.get("/v1/findings", { source: "OCC" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CallError);
    expect((error as CallError).code).toBe("bad_argument");
    expect((error as CallError).message).toMatch(/"OCC" is not a source.*Did you mean OC\?/);
    const missing = await api.get("/v1/findings/F-9-999").catch((e: unknown) => e);
    expect((missing as CallError).code).toBe("not_found");
    expect(requests).toHaveLength(2);
  });

  it("fails with a ServiceError when the answer is not JSON", async () => {
    const { api } = client(async () => new Response("<html>proxy login</html>", { status: 200, headers: { "Content-Type": "text/html" } }));
    const error = await api.get("/v1/sources").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).message).toContain("as something other than JSON (text/html)");
  });

  it("reads for the pane only answers of the shape it expects, and says so otherwise", async () => {
    const { api } = client(async () =>
      Response.json(
        { data: [{ code: "OC" }], meta: { total: 1, dataset: "1.0.0+00000000" } },
        { headers: { "X-Dataset-Version": "1.0.0+00000000" } },
      ),
    );
    const error = await read(api, "/v1/sources", answers.sources).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).failure).toBe("malformed");
    expect((error as ServiceError).message).toContain("answered /v1/sources in a shape this add-in does not know");
  });
});
