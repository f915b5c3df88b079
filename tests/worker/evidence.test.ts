import { describe, expect, it } from "vitest";
import { json } from "./fetch";
import { findings } from "./raw-data";

const ids = (rows: { id?: string }[]) => rows.map((f) => f.id);
const where = (column: string, value: string) => ids(findings.filter((f) => f[column] === value));

describe("GET /v1/findings filters on the evidence columns", () => {
  it.each([
    ["direction_basis", "implied"],
    ["direction_basis", "stated"],
    ["citation_given", "no"],
    ["citation_given", "shared"],
    ["cargo_change", "depleted"],
    ["cargo_change", "enriched"],
    ["evidence_code", "ECO:0000305"],
    ["evidence_code", "ECO:0000303"],
  ])("%s=%s gives exactly the rows of findings.tsv with that value", async (column, value) => {
    const expected = where(column, value);
    expect(expected.length).toBeGreaterThan(0);
    const { status, body } = await json(`/v1/findings?${column}=${encodeURIComponent(value)}&limit=1000`);
    expect(status).toBe(200);
    expect(ids(body.data)).toEqual(expected);
  });

  it("combines with the other filters", async () => {
    const expected = ids(findings.filter((f) => f.source === "OC" && f.direction_basis === "implied"));
    expect(ids((await json("/v1/findings?source=OC&direction_basis=Implied&limit=1000")).body.data)).toEqual(expected);
  });

  it("rejects a value outside the vocabulary, naming the allowed ones", async () => {
    const { status, body } = await json("/v1/findings?cargo_change=reduced");
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({ param: "cargo_change", allowed: ["enriched", "depleted", "altered", "unspecified"] });
  });
});

describe("each finding links to its quote in the article", () => {
  it("gives quote_url: the full text with a text fragment built from the quote's words", async () => {
    const row = findings.find((f) => f.quote!.split(" ").length > 10)!;
    const { body } = await json(`/v1/findings/${row.id}`);
    const words = row.quote!.split(/\s+/);
    const encode = (part: string[]) => encodeURIComponent(part.join(" ")).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
    expect(body.quote_url).toBe(
      `https://www.frontiersin.org/journals/pharmacology/articles/10.3389/fphar.2024.1516125/full#:~:text=${encode(words.slice(0, 5))},${encode(words.slice(-5))}`,
    );
    expect(body.quote_start).toBe(Number(row.quote_start));
    expect(body.quote_end).toBe(Number(row.quote_end));
  });

  it("uses a short quote whole, with the directive's reserved characters escaped", async () => {
    const row = findings.find((f) => f.quote!.split(" ").length <= 10 && /[-,]/.test(f.quote!))!;
    const { body } = await json(`/v1/findings/${row.id}`);
    const fragment = body.quote_url.split("#:~:text=")[1];
    expect(fragment).not.toMatch(/[-,&]/);
    expect(decodeURIComponent(fragment)).toBe(row.quote!.split(/\s+/).join(" "));
  });
});
