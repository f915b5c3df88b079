import { describe, expect, it } from "vitest";
import { get, json, post } from "./fetch";
import { findings, retired } from "./raw-data";

/** The current findings retired.tsv names as a row's replacements (a |-separated cell). */
const replacementsOf = (row: Record<string, string>): string[] => (row.replaced_by ? row.replaced_by.split("|") : []);

/** The text of the problem or error a retired id answers with must carry all of retired.tsv's row. */
function expectRetiredMessage(message: string, row: Record<string, string>): void {
  expect(message).toContain(`Finding ${row.id} was retired in dataset version ${row.retired_in}`);
  expect(message).toContain(row.reason);
  expect(message).toContain("CHANGELOG.md");
  expect(message).not.toMatch(/Did you mean/);
  const replacements = replacementsOf(row);
  if (replacements.length === 0) expect(message).toContain("No current finding carries its claim.");
  else {
    expect(message).toMatch(/Replaced by /);
    for (const id of replacements) expect(message).toContain(id);
  }
}

describe("retired finding ids (data/retired.tsv)", () => {
  it("retired.tsv has rows, none of them a current finding", () => {
    expect(retired.length).toBeGreaterThan(0);
    const current = new Set(findings.map((f) => f.id));
    for (const row of retired) expect(current.has(row.id!), row.id).toBe(false);
  });

  it.each(retired.map((row) => [row.id!, row] as const))(
    "GET /v1/findings/%s answers 410 Gone with the version and reason",
    async (id, row) => {
      const { status, body, headers } = await json(`/v1/findings/${id}`);
      expect(status).toBe(410);
      expect(headers.get("Content-Type")).toContain("application/problem+json");
      expect(body.type).toBe("https://exo-bone.test/docs#problem-retired");
      expect(body.title).toBe("Gone");
      expectRetiredMessage(body.detail, row);
      expect(body.errors).toEqual([
        {
          param: "id",
          message: body.detail,
          replaced_by: replacementsOf(row).map((replacement) => ({
            id: replacement,
            url: `https://exo-bone.test/v1/findings/${replacement}`,
          })),
        },
      ]);
    },
  );

  it("every replaced_by link of retired.tsv answers 200 with that finding", async () => {
    for (const row of retired) {
      for (const id of replacementsOf(row)) {
        const { status, body } = await json(`/v1/findings/${id}`);
        expect(status, `${row.id} → ${id}`).toBe(200);
        expect(body.id).toBe(id);
      }
    }
  });

  it("matches a retired id in any case and with spaces around it", async () => {
    const row = retired[0]!;
    const { status, body } = await json(`/v1/findings/${encodeURIComponent(` ${row.id!.toLowerCase()} `)}`);
    expect(status).toBe(410);
    expectRetiredMessage(body.detail, row);
  });

  it("an id that never existed is still 404 with a suggestion", async () => {
    const { status, body } = await json("/v1/findings/F-9.9-99");
    expect(status).toBe(404);
    expect(body.type).toBe("https://exo-bone.test/docs#problem-not-found");
  });

  it("the batch `finding` lookup answers not_found with the retired message, beside a current finding", async () => {
    const current = findings[0]!.id!;
    const response = await post("/v1/batch", {
      calls: [...retired.map((r) => ({ fn: "finding", args: [r.id] })), { fn: "finding", args: [current] }],
    });
    expect(response.status).toBe(200);
    const { results } = (await response.json()) as {
      results: ({ value: { finding: { id: string } } } | { error: { code: string; message: string } })[];
    };
    expect(results).toHaveLength(retired.length + 1);
    retired.forEach((row, i) => {
      const result = results[i]!;
      expect("error" in result, row.id).toBe(true);
      if (!("error" in result)) return;
      expect(result.error.code).toBe("not_found");
      expectRetiredMessage(result.error.message, row);
    });
    const last = results[retired.length]!;
    expect("value" in last && last.value.finding.id).toBe(current);
  });

  it("/docs explains the retired problem kind", async () => {
    const html = await (await get("/docs")).text();
    expect(html).toMatch(/<section id="problem-retired"><h3>410 Gone: <code>retired<\/code><\/h3><p>[^<]{20,}<\/p>/);
    expect(html).toMatch(/<section id="problem-retired"><h3>.*?<\/h3><p>[^<]*replaced_by[^<]*<\/p><\/section>/);
  });

  it("the OpenAPI document lists 410 on GET /v1/findings/{id}, with replaced_by in its entries", async () => {
    const { body } = await json("/openapi.json");
    const gone = body.paths["/v1/findings/{id}"].get.responses["410"];
    expect(gone.description).toContain("replaced_by");
    expect(gone.content["application/problem+json"].schema).toEqual({ $ref: "#/components/schemas/RetiredProblem" });
    const [, own] = body.components.schemas.RetiredProblem.allOf;
    expect(own.properties.errors.items.required).toContain("replaced_by");
    expect(own.properties.errors.items.properties.replaced_by.items).toEqual({ $ref: "#/components/schemas/Replacement" });
    expect(body.components.schemas.Replacement.required).toEqual(["id", "url"]);
  });
});
