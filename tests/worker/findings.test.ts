import { describe, expect, it } from "vitest";
import { json } from "./fetch";
import { findings, findingsOf } from "./raw-data";

const ids = (rows: { id?: string }[]) => rows.map((f) => f.id);

describe("GET /v1/findings", () => {
  it("lists every finding by default in pages of 100, with the total", async () => {
    const { body } = await json("/v1/findings");
    expect(body.meta.total).toBe(findings.length);
    expect(body.meta.limit).toBe(100);
    expect(ids(body.data)).toEqual(ids(findings.slice(0, 100)));
  });

  it("pages with limit and offset", async () => {
    const { body } = await json("/v1/findings?limit=5&offset=10");
    expect(ids(body.data)).toEqual(ids(findings.slice(10, 15)));
    expect(body.meta).toMatchObject({ total: findings.length, limit: 5, offset: 10 });
  });

  it("filters by source (any alias), process and direction", async () => {
    const { body } = await json("/v1/findings?source=OC-Exos&process=formation&direction=inhibits");
    expect(ids(body.data)).toEqual(ids(findingsOf("OC", "formation").filter((f) => f.direction === "inhibits")));
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("takes several sources, repeated or comma-separated, in dataset order", async () => {
    const expected = ids(findings.filter((f) => f.source === "OC" || f.source === "OB"));
    expect(ids((await json("/v1/findings?source=OC&source=osteoblast&limit=1000")).body.data)).toEqual(expected);
    expect(ids((await json("/v1/findings?source=OC,OB&limit=1000")).body.data)).toEqual(expected);
  });

  it("finds the findings that carry a molecule, by name or alias", async () => {
    const carrying = (name: string) => ids(findings.filter((f) => f.cargo!.split("|").includes(name)));
    const { body } = await json("/v1/findings?molecule=miR-214-3p");
    expect(ids(body.data)).toEqual(carrying("miR-214-3p"));
    expect(body.data.length).toBeGreaterThan(0);
    const lower = await json("/v1/findings?molecule=MIR-214-3P");
    expect(ids(lower.body.data)).toEqual(carrying("miR-214-3p"));
  });

  it("matches part of a target's name, case-insensitive", async () => {
    const { body } = await json("/v1/findings?target=runx2&limit=1000");
    expect(ids(body.data)).toEqual(ids(findings.filter((f) => f.targets!.split("|").some((t) => t.toLowerCase().includes("runx2")))));
    expect(body.data.length).toBeGreaterThan(0);
  });

  it("finds by recipient cell line, through its aliases", async () => {
    const expected = ids(findings.filter((f) => f.recipient!.split("|").some((r) => ["RAW 264.7", "RAW264.7"].includes(r))));
    expect(expected.length).toBeGreaterThan(0);
    expect(ids((await json("/v1/findings?recipient=RAW264.7&limit=1000")).body.data)).toEqual(expected);
    expect(ids((await json("/v1/findings?recipient=raw%20264.7&limit=1000")).body.data)).toEqual(expected);
  });

  it("searches free text over molecules, targets, context and quote", async () => {
    const { body } = await json("/v1/findings?q=FERROPTOSIS&limit=1000");
    const expected = ids(
      findings.filter((f) => [f.cargo, f.targets, f.recipient, f.context, f.quote, f.note].join(" ").toLowerCase().includes("ferroptosis")),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(body.data).sort()).toEqual([...expected].sort());
  });

  it("filters by the type of the cargo molecule", async () => {
    const { body } = await json("/v1/findings?type=lncRNA&limit=1000");
    expect(body.data.length).toBeGreaterThan(0);
    for (const f of body.data) expect(f.cargo.length).toBeGreaterThan(0);
    expect(ids(body.data)).toContain(findings.find((f) => f.cargo!.split("|").includes("MALAT1"))!.id);
  });

  it("returns lists as arrays, offsets as numbers, and keeps every column of the file beside quote_url", async () => {
    const { body } = await json("/v1/findings?limit=1");
    const first = findings[0]!;
    expect(body.data[0]).toEqual({
      ...first,
      cargo: first.cargo ? first.cargo.split("|") : [],
      targets: first.targets ? first.targets.split("|") : [],
      recipient: first.recipient ? first.recipient.split("|") : [],
      citations: first.citations ? first.citations.split("|") : [],
      quote_start: Number(first.quote_start),
      quote_end: Number(first.quote_end),
      quote_url: expect.stringMatching(/^https:\/\/www\.frontiersin\.org\/.*#:~:text=/),
    });
  });
});

describe("GET /v1/findings/{id}", () => {
  it("answers one finding", async () => {
    const target = findings[20]!;
    const { status, body } = await json(`/v1/findings/${target.id}`);
    expect(status).toBe(200);
    expect(body.quote).toBe(target.quote);
  });

  it("says 404 with a problem for an unknown id", async () => {
    const { status, body, headers } = await json("/v1/findings/F-9.9-99");
    expect(status).toBe(404);
    expect(headers.get("Content-Type")).toContain("application/problem+json");
    expect(body.errors[0].param).toBe("id");
  });
});
