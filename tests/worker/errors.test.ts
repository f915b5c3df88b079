import { describe, expect, it } from "vitest";
import { client, get, json, post } from "./fetch";
import { versionPattern } from "./raw-data";

async function problemOf(response: Response) {
  expect(response.headers.get("Content-Type")).toContain("application/problem+json");
  return (await response.json()) as {
    status: number;
    detail: string;
    errors: { param: string; message: string; allowed?: string[]; suggestion?: string }[];
  };
}

describe("errors are problem documents that say what to do", () => {
  it("an unknown source lists the valid codes and suggests the nearest", async () => {
    const response = await get("/v1/effect?source=OCC&process=cartilage");
    expect(response.status).toBe(400);
    const body = await problemOf(response);
    expect(body.errors[0]).toMatchObject({ param: "source", suggestion: "OC" });
    expect(body.errors[0]!.allowed).toContain("BMSC");
    expect(body.errors[0]!.message).toContain("Did you mean OC?");
  });

  it("an unknown process says the three that exist", async () => {
    const body = await problemOf(await get("/v1/effect?source=OC&process=growth"));
    expect(body.errors[0]).toMatchObject({ param: "process", allowed: ["formation", "resorption", "cartilage"] });
  });

  it("a missing required parameter names it", async () => {
    const response = await get("/v1/effect?source=OC");
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors.map((e) => e.param)).toEqual(["process"]);
  });

  it("bad direction, basis, type and limit are each named", async () => {
    for (const [path, param] of [
      ["/v1/findings?direction=up", "direction"],
      ["/v1/effect?source=OC&process=formation&basis=vibes", "basis"],
      ["/v1/findings?type=lipid", "type"],
      ["/v1/findings?limit=0", "limit"],
      ["/v1/findings?limit=5000", "limit"],
      ["/v1/findings?limit=ten", "limit"],
      ["/v1/findings?offset=-1", "offset"],
      ["/v1/findings?format=xml", "format"],
      ["/v1/effect?source=OC&process=formation&format=csv", "format"],
    ] as const) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      expect((await problemOf(response)).errors[0]!.param, path).toBe(param);
    }
  });

  it("an over-long value is refused before any lookup", async () => {
    const response = await get(`/v1/findings?q=${"a".repeat(5000)}`);
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors[0]!.param).toBe("q");
  });

  it("a repeated single-valued parameter is refused", async () => {
    const response = await get("/v1/effect?source=OC&process=formation&process=cartilage");
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors[0]!.param).toBe("process");
  });

  it("an unknown route is a 404 problem that points to /docs", async () => {
    const response = await get("/v2/effect");
    expect(response.status).toBe(404);
    expect((await problemOf(response)).detail).toContain("/docs");
  });

  it("a wrong method is a 405 problem with Allow", async () => {
    const response = await get("/v1/effect?source=OC&process=formation", { method: "DELETE" });
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET");
    await problemOf(response);
    expect((await get("/v1/batch")).status).toBe(405);
  });

  it("malformed JSON and a wrong content type are 4xx problems, never 500", async () => {
    const malformed = await post("/v1/batch", "{calls: [");
    expect(malformed.status).toBe(400);
    expect((await problemOf(malformed)).errors[0]!.param).toBe("body");
    const wrongType = await post("/v1/batch", "calls=1", {
      "Content-Type": "application/x-www-form-urlencoded",
      "CF-Connecting-IP": client,
    });
    expect(wrongType.status).toBe(415);
    await problemOf(wrongType);
  });

  it("every error still names the dataset version", async () => {
    const { headers } = await json("/v1/effect?source=nope&process=formation");
    expect(headers.get("X-Dataset-Version")).toMatch(new RegExp(`^${versionPattern}\\+`));
  });
});
