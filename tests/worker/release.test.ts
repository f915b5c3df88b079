import { describe, expect, it } from "vitest";
import descriptor from "../../data/datapackage.json";
import { json } from "./fetch";

describe("GET /v1/dataset describes the release", () => {
  it("gives the version of datapackage.json and a schema.org Dataset in JSON-LD", async () => {
    const { status, body } = await json("/v1/dataset");
    expect(status).toBe(200);
    expect(body.version.startsWith(`${descriptor.version}+`)).toBe(true);
    expect(body.jsonld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Dataset",
      name: descriptor.title,
      version: descriptor.version,
      license: descriptor.licenses[0]!.path,
      isBasedOn: { "@type": "ScholarlyArticle", url: `https://doi.org/${descriptor.sources[0]!.doi}` },
    });
    expect(body.counts.targets).toBeGreaterThan(100);
  });
});
