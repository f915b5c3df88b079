import { describe, expect, it } from "vitest";
import { get, post } from "./fetch";
import { retired, versionPattern } from "./raw-data";

const standardTitles: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  410: "Gone",
  413: "Content Too Large",
  415: "Unsupported Media Type",
};

describe("every error is a problem document whose type is a section of /docs", () => {
  const cases: [string, () => Promise<Response>, number, string][] = [
    ["bad value", () => get("/v1/effect?source=OCC&process=formation"), 400, "invalid-parameter"],
    ["unknown parameter", () => get("/v1/findings?sourc=OC"), 400, "unknown-parameter"],
    ["repeated parameter", () => get("/v1/findings?q=a&q=b"), 400, "repeated-parameter"],
    ["broken encoding", () => get("/v1/findings?q=%zz"), 400, "invalid-encoding"],
    ["malformed body", () => post("/v1/batch", "{calls: ["), 400, "invalid-body"],
    ["unknown path", () => get("/v2/effect"), 404, "not-found"],
    ["unknown record", () => get("/v1/findings/F-9.9-99"), 404, "not-found"],
    ["retired record", () => get(`/v1/findings/${retired[0]!.id}`), 410, "retired"],
    ["wrong method", () => get("/v1/effect", { method: "DELETE" }), 405, "method-not-allowed"],
    ["body too large", () => post("/v1/batch", `{"calls":[${'"x",'.repeat(300_000)}"x"]}`), 413, "content-too-large"],
    [
      "wrong content type",
      () => post("/v1/batch", "calls=1", { "Content-Type": "application/x-www-form-urlencoded" }),
      415,
      "unsupported-media-type",
    ],
  ];

  it.each(cases)("%s", async (_name, send, status, kind) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get("Content-Type")).toContain("application/problem+json");
    expect(response.headers.get("X-Dataset-Version"), "a refusal, like every answer, names the dataset version").toMatch(
      new RegExp(`^${versionPattern}\\+`),
    );
    const body = (await response.json()) as { type: string; title: string; status: number; detail: string };
    expect(body.type).toBe(`https://exo-bone.test/docs#problem-${kind}`);
    expect(body.title).toBe(standardTitles[status]);
    expect(body.status).toBe(status);
    expect(body.detail.length).toBeGreaterThan(20);
  });

  it("each problem type's anchor exists on /docs, with its meaning", async () => {
    const html = await (await get("/docs")).text();
    for (const [, , , kind] of cases)
      expect(html, kind).toMatch(new RegExp(`<section id="problem-${kind}"><h3>\\d{3} [A-Za-z ]+: <code>${kind}</code></h3><p>.{20,}</p>`));
  });
});
