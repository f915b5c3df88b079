import { describe, expect, it } from "vitest";
import { get, json } from "./fetch";

const routes = [
  ["get", "/v1/effect"],
  ["get", "/v1/findings"],
  ["get", "/v1/findings/{id}"],
  ["get", "/v1/sources"],
  ["get", "/v1/sources/{code}"],
  ["get", "/v1/processes"],
  ["get", "/v1/molecules"],
  ["get", "/v1/matrix"],
  ["get", "/v1/references"],
  ["get", "/v1/network"],
  ["post", "/v1/batch"],
  ["get", "/v1/dataset"],
  ["get", "/healthz"],
  ["get", "/docs"],
] as const;

describe("the API describes itself", () => {
  it("GET /openapi.json is OpenAPI 3.1 listing every route with its parameters", async () => {
    const { body } = await json("/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    for (const [method, path] of routes) expect(body.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    const effectParams = body.paths["/v1/effect"].get.parameters.map((p: { name: string }) => p.name);
    expect(effectParams).toEqual(expect.arrayContaining(["source", "process", "basis"]));
    expect(body.components.schemas.Finding.properties.quote).toBeDefined();
  });

  it("GET /docs lists every route as plain HTML, without scripts", async () => {
    const response = await get("/docs");
    expect(response.headers.get("Content-Type")).toContain("text/html");
    expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).not.toContain("<script");
    for (const [method, path] of routes) expect(html, path).toContain(`${method.toUpperCase()} ${path}`);
  });
});
