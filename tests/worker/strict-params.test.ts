import { describe, expect, it } from "vitest";
import { get, json } from "./fetch";
import { findings } from "./raw-data";

interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: { param: string; message: string; allowed?: string[]; suggestion?: string }[];
}

const problemOf = async (path: string) => {
  const response = await get(path);
  expect(response.headers.get("Content-Type"), path).toContain("application/problem+json");
  return { status: response.status, body: (await response.json()) as ProblemBody };
};
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe("strict parameters", () => {
  it("an unknown parameter is a 400 naming it and the closest parameter of that route", async () => {
    for (const [path, param, suggestion] of [
      ["/v1/findings?sourc=OC", "sourc", "source"],
      ["/v1/findings?Source=OC", "Source", "source"],
      ["/v1/findings?page=2", "page", undefined],
      ["/v1/effect?source=OC&process=formation&bsis=review", "bsis", "basis"],
      ["/v1/verdicts?verdicts=mixed", "verdicts", "verdict"],
      ["/v1/sources?formt=csv", "formt", "format"],
      ["/healthz?verbose=1", "verbose", undefined],
    ] as const) {
      const { status, body } = await problemOf(path);
      expect(status, path).toBe(400);
      expect(body.type, path).toBe("https://exo-bone.test/docs#problem-unknown-parameter");
      expect(body.title).toBe("Bad Request");
      expect(body.errors[0]!.param, path).toBe(param);
      expect(body.errors[0]!.suggestion, path).toBe(suggestion);
      expect(body.detail, path).toContain(`"${param}" is not a parameter of`);
    }
    const { body } = await problemOf("/v1/findings?sourc=OC");
    expect(body.errors[0]!.allowed).toEqual(expect.arrayContaining(["source", "process", "direction", "q", "limit", "offset", "format"]));
    expect(body.detail).toContain("Did you mean source?");
  });

  it("a list parameter written with brackets, as axios, jQuery and PHP send arrays, is a 400 that says how to write a list", async () => {
    for (const [query, param, list] of [
      ["source%5B%5D=OC&source%5B%5D=OB", "source[]", "source"],
      ["process[0]=formation", "process[0]", "process"],
    ] as const) {
      const { status, body } = await problemOf(`/v1/findings?${query}`);
      expect(status, query).toBe(400);
      expect(body.errors, query).toHaveLength(1);
      expect(body.errors[0]!.param, query).toBe(param);
      expect(body.errors[0]!.suggestion, query).toBe(list);
      expect(body.detail, query).toContain(`write a list as ${list}=A&${list}=B or ${list}=A,B, without brackets`);
    }
    // A single-valued parameter with brackets is only a misspelling.
    const { body } = await problemOf("/v1/findings?limit[]=5");
    expect(body.detail).toContain("Did you mean limit?");
  });

  it("a single-valued parameter given twice is a 400; a list parameter takes repetition and commas alike", async () => {
    const repeated = await problemOf("/v1/findings?molecule=miR-21&molecule=miR-214-3p");
    expect(repeated.status).toBe(400);
    expect(repeated.body.type).toContain("#problem-repeated-parameter");
    expect(repeated.body.errors[0]!.param).toBe("molecule");
    const expected = findings.filter((f) => f.source === "OC" || f.source === "OB").map((f) => f.id);
    for (const query of ["source=OC,OB", "source=OC&source=OB", "source=OC,%20OB", "source=OC,,OB&source="]) {
      expect(ids((await json(`/v1/findings?${query}&limit=1000`)).body.data), query).toEqual(expected);
    }
    const notFormation = findings.filter((f) => f.process !== "formation" && f.direction !== "promotes").map((f) => f.id);
    for (const query of [
      "process=resorption,cartilage&direction=inhibits,no_effect",
      "process=resorption&process=Cartilage%20metabolism&direction=INHIBITS&direction=no_effect",
    ]) {
      expect(ids((await json(`/v1/findings?${query}&limit=1000`)).body.data), query).toEqual(notFormation);
    }
  });

  it("/v1/molecules takes the same list filters: counts over the findings of any listed source", async () => {
    const counts = new Map<string, number>();
    for (const f of findings.filter((f) => f.source === "OC" || f.source === "OB"))
      for (const name of f.cargo!.split("|").filter(Boolean)) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const query of ["source=OC,OB", "source=OC&source=osteoblast"]) {
      const { body } = await json(`/v1/molecules?${query}`);
      const got = new Map((body.data as { name: string; findings: number }[]).map((m) => [m.name, m.findings]));
      expect(got, query).toEqual(counts);
    }
  });

  it("an empty value counts as absent", async () => {
    const all = (await json("/v1/findings?limit=1000")).body.data;
    expect(all.length).toBe(findings.length);
    expect(ids((await json("/v1/findings?source=&process=&q=&direction=&limit=1000")).body.data)).toEqual(ids(all));
    const missing = await problemOf("/v1/effect?source=&process=formation");
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0]).toMatchObject({ param: "source", message: "source is required" });
  });

  it("format and other vocabularies match in any case", async () => {
    for (const format of ["CSV", "Csv", "csv"]) {
      const response = await get(`/v1/sources?format=${format}`);
      expect(response.headers.get("Content-Type"), format).toContain("text/csv");
    }
    // format is taken everywhere: json on every route, csv and tsv where the answer is a table.
    for (const path of [
      `/v1/findings/${findings[0]!.id}`,
      "/v1/sources/OC",
      "/v1/dataset",
      "/healthz",
      "/v1/effect?source=OC&process=formation&",
    ]) {
      const sep = path.includes("?") ? "" : "?";
      expect((await get(`${path}${sep}format=JSON`)).status, path).toBe(200);
      const { status, body } = await problemOf(`${path}${sep}format=csv`);
      expect(status, path).toBe(400);
      expect(body.errors[0]!.param, path).toBe("format");
    }
    const inhibits = findings.filter((f) => f.direction === "inhibits").map((f) => f.id);
    expect(ids((await json("/v1/findings?direction=INHIBITS&limit=1000")).body.data)).toEqual(inhibits);
    const typo = await problemOf("/v1/findings?direction=inhibit");
    expect(typo.body.errors[0]).toMatchObject({
      param: "direction",
      suggestion: "inhibits",
      allowed: ["promotes", "inhibits", "no_effect"],
    });
  });

  it("integers are plain decimal digits", async () => {
    for (const limit of ["1e2", "+5", "0x10", "5.0", "%205", "-1", "５"]) {
      const { status, body } = await problemOf(`/v1/findings?limit=${limit}`);
      expect(status, limit).toBe(400);
      expect(body.errors[0]!.param, limit).toBe("limit");
    }
    expect((await json("/v1/findings?limit=007")).body.data.length).toBe(7);
  });

  it("a broken percent-encoding is a 400 problem, in the query or the path", async () => {
    for (const [path, param] of [
      ["/v1/findings?q=%zz", "q"],
      ["/v1/findings?q=50%", "q"],
      ["/v1/findings?q=%E0%A4%A", "q"],
      ["/v1/sources/%FF", "path"],
    ] as const) {
      const { status, body } = await problemOf(path);
      expect(status, path).toBe(400);
      expect(body.type, path).toContain("#problem-invalid-encoding");
      expect(body.errors[0]!.param, path).toBe(param);
    }
  });

  it("an unknown resource in the path is a 404 with a suggestion", async () => {
    const route = await problemOf("/v1/finding");
    expect(route.status).toBe(404);
    expect(route.body.errors[0]).toMatchObject({ param: "path", suggestion: "/v1/findings" });
    expect(route.body.detail).toContain("Did you mean /v1/findings?");
    const source = await problemOf("/v1/sources/OCC");
    expect(source.status).toBe(404);
    expect(source.body.errors[0]!.suggestion).toBe("OC");
    const id = findings[0]!.id;
    const finding = await problemOf(`/v1/findings/${id}9`);
    expect(finding.status).toBe(404);
    expect(finding.body.type).toContain("#problem-not-found");
    expect(finding.body.errors[0]!.suggestion).toBe(id);
  });
});

describe("every documented route takes exactly the parameters its document lists", () => {
  it("an unknown parameter on any GET route is refused, listing the documented ones", async () => {
    const { body: doc } = await json<{ paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }> }>("/openapi.json");
    const examples: Record<string, string> = { "{id}": String(findings[0]?.id), "{code}": "OC", "{file}": "findings.tsv" };
    const operations = Object.entries(doc.paths).filter(([, item]) => item.get);
    expect(operations.length).toBeGreaterThanOrEqual(20);
    for (const [template, item] of operations) {
      const path = template.replace(/\{\w+\}/g, (name) => examples[name] ?? name);
      const documented = (item.get!.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
      const { status, body } = await problemOf(`${path}?zzz_unknown=1`);
      expect(status, template).toBe(400);
      expect(body.errors[0]!.param, template).toBe("zzz_unknown");
      expect(body.errors[0]!.allowed ?? [], template).toEqual(documented);
    }
  });
});
