// POST /v1/batch as the OpenAPI document describes it: one call schema per lookup, told apart by
// fn, each taking the parameters of the EXO.* function of the same name (read from the built
// functions.json, which custom-functions-metadata generates from the functions' JSDoc).
import { describe, expect, it } from "vitest";
import { get, json, post } from "./fetch";

interface CustomFunction {
  id: string;
  parameters: { name: string; optional?: boolean }[];
}

const customFunctions = async (): Promise<CustomFunction[]> => {
  const response = await get("/functions.json");
  return ((await response.json()) as { functions: CustomFunction[] }).functions;
};

const componentName = (ref: string) => ref.replace("#/components/schemas/", "");

describe("the batch in the OpenAPI document", () => {
  it("is a union of calls discriminated by fn, one per lookup, each with its function's parameters", async () => {
    const { body } = await json("/openapi.json");
    const schemas = body.components.schemas;
    const mapping: Record<string, string> = schemas.BatchCall.discriminator.mapping;
    expect(schemas.BatchCall.discriminator.propertyName).toBe("fn");
    expect(schemas.BatchCall.oneOf.map((o: { $ref: string }) => o.$ref)).toEqual(Object.values(mapping));
    const functions = await customFunctions();
    expect(Object.keys(mapping).length).toBeGreaterThanOrEqual(10);
    for (const [fn, ref] of Object.entries(mapping)) {
      const call = schemas[componentName(ref)];
      const excel = functions.find((f) => f.id === fn.toUpperCase());
      expect(excel, `EXO.${fn.toUpperCase()} in functions.json`).toBeDefined();
      expect(call.properties.fn.enum).toEqual([fn]);
      expect(call.properties.args.maxItems, fn).toBe(excel!.parameters.length);
      const signature = excel!.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      if (signature !== "") expect(call.properties.args.description, fn).toContain(signature);
    }
    expect(body.paths["/v1/batch"].post.requestBody.content["application/json"].schema.$ref).toBe("#/components/schemas/BatchRequest");
    expect(schemas.BatchRequest.properties.calls.items.allOf[0].$ref).toBe("#/components/schemas/BatchCall");
  });

  it("answers a call with more arguments than its function takes with a bad_argument naming args and the signature", async () => {
    const response = await post("/v1/batch", {
      calls: [
        { fn: "citations", args: ["OC", "cartilage", "extra"] },
        { fn: "version", args: [] },
      ],
    });
    const { results } = (await response.json()) as { results: { error?: { code: string; param: string; message: string } }[] };
    expect(results[0]!.error).toMatchObject({ code: "bad_argument", param: "args" });
    expect(results[0]!.error!.message).toContain("source, process");
    expect(results[1]).not.toHaveProperty("error");
  });
});
