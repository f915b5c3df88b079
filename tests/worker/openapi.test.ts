import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import app from "../../worker/src/app";
import { renderDocs } from "../../worker/src/routes/docs";
import { describeApp } from "../../worker/src/routes/openapi-document";
import type { Schema } from "./conformance/document";
import { SchemaChecker } from "./conformance/schemas";
import { get, json, post } from "./fetch";

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
  ["get", "/v1/verdicts"],
  ["get", "/v1/cell-lines"],
  ["get", "/data/{file}"],
  ["get", "/datapackage.json"],
  ["get", "/"],
  ["get", "/openapi.json"],
  ["get", "/manifest.xml"],
] as const;

interface Operation {
  operationId?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; schema: { $ref?: string; type?: string; items?: { $ref?: string } } }[];
  responses: Record<string, { $ref?: string; content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
}

describe("the API describes itself", () => {
  // The Worker serves the document built with it (npm run build:openapi); the zod routes are its
  // source. A route changed without a rebuild, or a build that generates otherwise, fails here.
  it("GET /openapi.json is, byte for byte, the document the zod routes generate now, for the origin that served it", async () => {
    for (const origin of ["https://exo-bone.test", "http://127.0.0.1:8787"]) {
      const response = await SELF.fetch(`${origin}/openapi.json`);
      expect(response.headers.get("Content-Type")).toBe("application/json");
      const served = await response.text();
      const generated = describeApp(app, origin);
      expect(JSON.parse(served), origin).toEqual(generated);
      expect(served === JSON.stringify(generated), `${origin}: the same bytes, keys in the same order`).toBe(true);
      expect(generated.servers).toEqual([{ url: origin, description: expect.any(String) }]);
    }
  });

  it("GET /docs is the page made from the document the zod routes generate now", async () => {
    const html = await (await get("/docs")).text();
    expect(html === renderDocs(describeApp(app, "https://exo-bone.test")), "the /docs page").toBe(true);
  });

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

  it("every operation has a unique operationId and declared tags; the server is the serving origin; the licence is given", async () => {
    const { body } = await json("/openapi.json");
    expect(body.servers).toEqual([{ url: "https://exo-bone.test", description: expect.any(String) }]);
    expect(body.info.license.url).toBe("https://creativecommons.org/licenses/by/4.0/");
    const tags = new Set(body.tags.map((t: { name: string }) => t.name));
    const operations = Object.values(body.paths as Record<string, Record<string, Operation>>).flatMap((item) => Object.values(item));
    const ids = operations.map((op) => op.operationId);
    expect(ids.every((id) => typeof id === "string" && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of operations) for (const tag of op.tags ?? ["(none)"]) expect(tags.has(tag), `${op.operationId} tag ${tag}`).toBe(true);
  });

  it("documents every status the Worker sends, problems with their bodies, and the headers of a success", async () => {
    const { body } = await json("/openapi.json");
    const findings: Operation = body.paths["/v1/findings"].get;
    expect(Object.keys(findings.responses).sort()).toEqual(["200", "304", "400", "405", "406", "413", "500"]);
    // The answers with the 4 MiB answer budget say so; one that always fits (a single finding) does not.
    expect(body.paths["/v1/network"].get.responses["413"]).toEqual({ $ref: "#/components/responses/ContentTooLarge" });
    expect(body.paths["/v1/findings/{id}"].get.responses["413"]).toBeUndefined();
    expect(Object.keys(findings.responses["200"]!.headers!).sort()).toEqual(["ETag", "Link", "X-Dataset-Version", "X-Total-Count"]);
    expect(Object.keys(findings.responses["200"]!.content!)[0]).toBe("application/json");
    const batch: Operation = body.paths["/v1/batch"].post;
    expect(Object.keys(batch.responses)).toEqual(expect.arrayContaining(["200", "400", "413", "415", "429"]));
    for (const [name, response] of Object.entries(
      body.components.responses as Record<string, { content?: Record<string, { schema: { $ref: string } }> }>,
    )) {
      if (name === "NotModified") continue;
      expect(response.content?.["application/problem+json"]?.schema.$ref, name).toBe("#/components/schemas/Problem");
    }
  });

  it("closed vocabularies are references to their enums; list filters are arrays", async () => {
    const { body } = await json("/openapi.json");
    const param = (path: string, name: string) => (body.paths[path].get as Operation).parameters!.find((p) => p.name === name)!.schema;
    expect(param("/v1/findings", "direction")).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/Direction" } });
    expect(param("/v1/findings", "type")).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/MoleculeType" } });
    expect(param("/v1/molecules", "type")).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/MoleculeType" } });
    expect(param("/v1/findings", "format").$ref).toBe("#/components/schemas/Format");
    expect(param("/v1/effect", "basis").$ref).toBe("#/components/schemas/Basis");
    expect(param("/v1/findings", "source").type).toBe("array");
    expect(param("/v1/findings", "limit").type).toBe("integer");
    // GET /v1/effect answers the process as the data names it, whatever alias was asked for.
    expect(body.components.schemas.Effect.properties.process.$ref).toBe("#/components/schemas/Process");
  });

  // A vocabulary written out in two places becomes two types in a generated client (orval made
  // FindingSourceState and EffectExceptionsItemState of one list), which a user cannot tell are one.
  it("every vocabulary the document uses is written out once, as a named schema that the other places reference", async () => {
    const { body } = await json("/openapi.json");
    const places = new Map<string, string[]>();
    const walk = (node: unknown, at: string): void => {
      if (typeof node !== "object" || node === null) return;
      const { enum: values } = node as { enum?: unknown[] };
      if (Array.isArray(values) && values.length > 1)
        places.set(JSON.stringify(values), [...(places.get(JSON.stringify(values)) ?? []), at]);
      for (const [key, child] of Object.entries(node)) walk(child, `${at}/${key}`);
    };
    walk(body, "#");
    expect([...places.values()].filter((at) => at.length > 1)).toEqual([]);
    const schemas = body.components.schemas;
    expect(schemas.Finding.properties.source_state.$ref).toBe("#/components/schemas/SourceState");
    expect(schemas.Effect.properties.exceptions.items.properties.state.$ref).toBe("#/components/schemas/SourceState");
    expect(schemas.VerdictRow.properties.basis.$ref).toBe("#/components/schemas/VerdictBasis");
    expect(schemas.Effect.properties.review.properties.basis.$ref).toBe("#/components/schemas/VerdictBasis");
    expect(schemas.Source.properties.group.$ref).toBe("#/components/schemas/SourceGroup");
    expect(schemas.MatrixRow.properties.group.$ref).toBe("#/components/schemas/SourceGroup");
  });

  it("a batch result is a value or an error, and reads as its own kind even to a client that takes the first branch it fits", async () => {
    const { body: doc } = await json("/openapi.json");
    const checker = new SchemaChecker(doc);
    const branches = doc.components.schemas.BatchResult.anyOf as Schema[];
    const answer = await post("/v1/batch", {
      calls: [
        { fn: "effect", args: ["OCC", "cartilage"] },
        { fn: "count", args: ["BMSC", "formation"] },
        { fn: "nope" },
        { fn: "version" },
      ],
    });
    const { results } = (await answer.json()) as { results: Record<string, unknown>[] };
    const kinds = results.map((result) => Object.keys(result).join());
    expect(kinds).toEqual(["error", "value", "error", "value"]);
    const fits = (schema: Schema, result: unknown) => checker.violations(schema, result).length === 0;
    // As written: each result fits exactly one branch.
    for (const result of results) expect(branches.filter((b) => fits(b, result)).length, JSON.stringify(result)).toBe(1);
    // As the zod clients that orval 7.13 and typed-openapi 2.2.7 generate read it: the first branch
    // that fits wins and drops the keys it does not declare; additionalProperties is not enforced, and
    // a property of any type (`{}`, z.unknown()) is satisfied by its absence.
    const asGenerated = branches.map((branch) => {
      const {
        additionalProperties: _,
        required = [],
        properties = {},
        ...rest
      } = branch as Schema & {
        required?: string[];
        properties?: Record<string, Schema>;
      };
      const typed = required.filter((name) => Object.keys(properties[name] ?? {}).length > 0);
      return { ...rest, properties, ...(typed.length > 0 ? { required: typed } : {}) } as Schema;
    });
    const readAs = results.map((result) => {
      const first = asGenerated.find((branch) => fits(branch, result)) as { properties: object } | undefined;
      return first ? Object.keys(first.properties).join() : "nothing";
    });
    expect(readAs).toEqual(kinds);
  });

  it("the lists that grow with the data document their pages: limit and offset, the default page, the meta", async () => {
    const { body } = await json("/openapi.json");
    for (const path of ["/v1/findings", "/v1/references", "/v1/molecules", "/v1/targets"]) {
      const op: Operation = body.paths[path].get;
      const param = (name: string) => op.parameters!.find((p) => p.name === name)!.schema;
      expect(param("limit"), path).toMatchObject({ type: "integer", minimum: 1, maximum: 1000 });
      expect(param("offset"), path).toMatchObject({ type: "integer", minimum: 0 });
      expect(op.description, path).toContain("a page of 100");
      const json200 = op.responses["200"]!.content!["application/json"] as { schema: { properties: { meta: { properties: object } } } };
      const meta = json200.schema.properties.meta;
      expect(Object.keys(meta.properties), path).toEqual(expect.arrayContaining(["total", "limit", "offset", "next", "prev", "dataset"]));
    }
    const html = await (await get("/docs")).text();
    expect(html).toContain('<h2 id="pages">Pages</h2>');
  });
});
