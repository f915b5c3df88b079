import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { AnswerTooLarge, answerTooLarge, itemOf } from "../../worker/src/http/answer-budget";
import { datasetCaching } from "../../worker/src/http/cache";
import { get, json } from "./fetch";

const ETAG = /^"[0-9a-f]{12}-[0-9a-f]{8}"$/;

describe("caching", () => {
  it("answers with an ETag, Vary: Accept, and 304 for a matching If-None-Match", async () => {
    const first = await get("/v1/effect?source=OC&process=cartilage");
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(ETAG);
    expect(first.headers.get("Vary")).toBe("Accept");
    expect(first.headers.get("Cache-Control")).toContain("max-age");
    const again = await get("/v1/effect?source=OC&process=cartilage", { headers: { "If-None-Match": `"other", W/${etag}` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    expect(again.headers.get("Vary")).toBe("Accept");
    expect(again.headers.get("X-Dataset-Version")).toBe(first.headers.get("X-Dataset-Version"));
    expect(again.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("one build id starts every ETag; request and format make the rest", async () => {
    const a = (await get("/v1/findings?source=OC")).headers.get("ETag")!;
    const b = (await get("/v1/findings?source=OB")).headers.get("ETag")!;
    const c = (await get("/v1/findings?source=OC", { headers: { Accept: "text/csv" } })).headers.get("ETag")!;
    const d = (await get("/v1/matrix")).headers.get("ETag")!;
    expect(new Set([a, b, c]).size).toBe(3);
    expect(new Set([a, b, c, d].map((tag) => tag.slice(1, 13))).size).toBe(1);
    const stale = await get("/v1/findings?source=OB", { headers: { "If-None-Match": a } });
    expect(stale.status).toBe(200);
  });

  it("a repeated GET gets the same bytes and headers (served from the isolate's body cache)", async () => {
    const path = "/v1/findings?source=BMSC&process=formation&format=csv";
    const first = await get(path);
    const second = await get(path);
    expect(second.status).toBe(200);
    expect(await second.text()).toBe(await first.text());
    for (const header of ["ETag", "Content-Type", "Content-Disposition", "X-Dataset-Version", "Vary"]) {
      expect(second.headers.get(header)).toBe(first.headers.get(header));
    }
  });

  it("a repeated GET is byte for byte the first answer, every header included, for JSON, CSV and TSV", async () => {
    for (const path of [
      "/v1/references?format=csv",
      "/v1/findings?source=OC&process=cartilage",
      "/v1/molecules?source=OC&format=csv",
      "/v1/sources?format=tsv",
      "/v1/findings/F-2.2-03",
    ]) {
      const first = await get(path);
      const firstBytes = new Uint8Array(await first.arrayBuffer());
      const second = await get(path);
      expect(second.status, path).toBe(200);
      expect(new Uint8Array(await second.arrayBuffer()), path).toEqual(firstBytes);
      expect([...second.headers], path).toEqual([...first.headers]);
      expect(Number(first.headers.get("Content-Length") ?? firstBytes.byteLength), path).toBe(firstBytes.byteLength);
    }
  });

  it("HEAD of a cached answer has its headers and no body; a cached answer honours If-None-Match, * included", async () => {
    const path = "/v1/molecules?source=BMSC";
    const first = await get(path);
    const etag = first.headers.get("ETag")!;
    await first.arrayBuffer();
    const head = await get(path, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    expect(head.headers.get("ETag")).toBe(etag);
    expect(head.headers.get("Content-Type")).toBe(first.headers.get("Content-Type"));
    for (const ifNoneMatch of [etag, `W/${etag}`, "*"]) {
      const again = await get(path, { headers: { "If-None-Match": ifNoneMatch } });
      expect(again.status, ifNoneMatch).toBe(304);
      expect(again.headers.get("ETag")).toBe(etag);
      expect(await again.text()).toBe("");
    }
    const refused = await get(path, { headers: { Accept: "text/html" } });
    expect(refused.status).toBe(406);
  });

  it("puts no ETag on errors", async () => {
    const { status, headers } = await json("/v1/effect?source=nope&process=formation");
    expect(status).toBe(400);
    expect(headers.get("ETag")).toBeNull();
  });

  it("never lets /healthz be cached", async () => {
    const response = await get("/healthz");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("ETag")).toBeNull();
  });

  it("opens CORS and exposes the headers a client needs", async () => {
    const response = await get("/v1/matrix", { headers: { Origin: "https://example.org" } });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const exposed = response.headers.get("Access-Control-Expose-Headers")!;
    for (const header of ["ETag", "X-Dataset-Version", "Content-Disposition", "Retry-After"]) expect(exposed).toContain(header);
    const preflight = await get("/v1/batch", {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toContain("POST");
    expect(preflight.headers.get("Access-Control-Allow-Headers")).toContain("If-None-Match");
  });
});

describe("Accept", () => {
  const typeOf = async (path: string, accept: string) => {
    const response = await get(path, { headers: { Accept: accept } });
    await response.arrayBuffer();
    return { status: response.status, type: (response.headers.get("Content-Type") ?? "").split(";")[0] };
  };

  it("honours q-values and compares media types in any case", async () => {
    const path = "/v1/findings?source=OC";
    expect(await typeOf(path, "TEXT/CSV")).toEqual({ status: 200, type: "text/csv" });
    expect(await typeOf(path, "text/csv;q=0, application/json")).toEqual({ status: 200, type: "application/json" });
    expect(await typeOf(path, "text/csv;q=0.4, text/tab-separated-values;q=0.9")).toEqual({
      status: 200,
      type: "text/tab-separated-values",
    });
    expect(await typeOf(path, "text/*;q=0.5, application/json;q=0.2")).toEqual({ status: 200, type: "text/csv" });
    expect(await typeOf(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).toEqual({
      status: 200,
      type: "application/json",
    });
  });

  it("answers 406 with a problem naming Accept when nothing acceptable remains", async () => {
    for (const [path, accept] of [
      ["/v1/findings?source=OC", "application/xml"],
      ["/v1/findings?source=OC", "text/csv;q=0"],
      ["/v1/effect?source=OC&process=cartilage", "text/csv"],
    ] as const) {
      const response = await get(path, { headers: { Accept: accept } });
      expect(response.status, `${path} with Accept: ${accept}`).toBe(406);
      expect(response.headers.get("Content-Type")).toContain("application/problem+json");
      expect(response.headers.get("Vary")).toBe("Accept");
      const problem = (await response.json()) as { status: number; errors: { param: string; allowed?: string[] }[] };
      expect(problem.status).toBe(406);
      expect(problem.errors[0]!.param).toBe("Accept");
    }
  });

  it("lets ?format= win over the Accept header", async () => {
    expect(await typeOf("/v1/findings?source=OC&format=csv", "application/json")).toEqual({ status: 200, type: "text/csv" });
  });
});

describe("a refused answer (413) is kept like an answer", () => {
  // No GET answer of the curated data is over 4 MiB, so a route that refuses is mounted here.
  const refusing = () => {
    let built = 0;
    const app = new Hono();
    app.use("*", datasetCaching());
    app.get("/v1/huge", () => {
      built += 1;
      throw new AnswerTooLarge(itemOf("row", 4512, 15900), { param: "source", advice: "Ask for fewer sources." });
    });
    app.onError((error, c) => (error instanceof AnswerTooLarge ? answerTooLarge(c, error) : c.text("unexpected", 500)));
    return { fetch: (init?: RequestInit) => app.request("https://exo-bone.test/v1/huge", init), built: () => built };
  };

  it("a repeat is the same 413, byte for byte, without building the answer again", async () => {
    const app = refusing();
    const first = await app.fetch();
    const firstBody = await first.text();
    const second = await app.fetch();
    expect([first.status, second.status]).toEqual([413, 413]);
    expect(await second.text()).toBe(firstBody);
    expect(JSON.parse(firstBody).detail).toContain("row 4,512 of 15,900");
    expect([...second.headers]).toEqual([...first.headers]);
    expect(second.headers.get("ETag")).toBeNull();
    expect(app.built()).toBe(1);
  });

  it("names no representation: If-None-Match (even *) gets the 413 again, never 304", async () => {
    const app = refusing();
    await app.fetch();
    for (const tag of ["*", '"anything"']) expect((await app.fetch({ headers: { "If-None-Match": tag } })).status).toBe(413);
    expect(app.built()).toBe(1);
  });
});
