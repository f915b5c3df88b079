import { describe, expect, it } from "vitest";
import { versionPattern } from "./raw-data";
import { get, json } from "./fetch";

describe("caching", () => {
  it("answers with an ETag and honours If-None-Match with 304", async () => {
    const first = await get("/v1/effect?source=OC&process=cartilage");
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(new RegExp(`^"${versionPattern}\\+[0-9a-f]{8}-[0-9a-f]{8}"$`));
    expect(first.headers.get("Cache-Control")).toContain("max-age");
    const again = await get("/v1/effect?source=OC&process=cartilage", { headers: { "If-None-Match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("X-Dataset-Version")).toBe(first.headers.get("X-Dataset-Version"));
  });

  it("gives different requests and formats different ETags", async () => {
    const a = (await get("/v1/findings?source=OC")).headers.get("ETag");
    const b = (await get("/v1/findings?source=OB")).headers.get("ETag");
    const c = (await get("/v1/findings?source=OC", { headers: { Accept: "text/csv" } })).headers.get("ETag");
    expect(new Set([a, b, c]).size).toBe(3);
    const stale = await get("/v1/findings?source=OB", { headers: { "If-None-Match": a! } });
    expect(stale.status).toBe(200);
  });

  it("puts no ETag on errors", async () => {
    const { status, headers } = await json("/v1/effect?source=nope&process=formation");
    expect(status).toBe(400);
    expect(headers.get("ETag")).toBeNull();
  });

  it("opens CORS and exposes the headers a client needs", async () => {
    const response = await get("/v1/matrix", { headers: { Origin: "https://example.org" } });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const exposed = response.headers.get("Access-Control-Expose-Headers")!;
    for (const header of ["ETag", "X-Dataset-Version", "Content-Disposition"]) expect(exposed).toContain(header);
    const preflight = await get("/v1/batch", { method: "OPTIONS", headers: { Origin: "https://example.org", "Access-Control-Request-Method": "POST" } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toContain("POST");
  });
});
