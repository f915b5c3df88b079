import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetInfo, Finding } from "../../addin/src/taskpane/types";
import type { Calculated } from "./host/custom-functions";
import { card, field, shown } from "./host/entity";
import { launch, openPane } from "./support/browser";
import { api, findings } from "./support/expect-data";
import { ORIGIN } from "./support/origin";

let browser: Browser;
let page: Page;
let dataset: DatasetInfo;
let cited: Finding;
let uncited: Finding;

/** Excel recalculating one formula: `=EXO.NAME(args…)`. */
const calculate = (name: string, ...args: unknown[]): Promise<Calculated> =>
  page.evaluate(([name, args]) => __exoHost.calculate(name as string, ...(args as unknown[])), [name, args] as const);
const value = async (name: string, ...args: unknown[]): Promise<unknown> => {
  const result = await calculate(name, ...args);
  if (!("value" in result)) throw new Error(`${name} failed: ${result.error} ${result.message}`);
  return result.value;
};

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openPane(browser));
  dataset = await api<DatasetInfo>("/v1/dataset");
  const all = (await findings("")).data;
  cited = all.find((f) => f.citations.length >= 2 && f.cargo.length > 0)!;
  uncited = all.find((f) => f.citations.length === 0)!;
});

afterAll(async () => {
  await browser?.close();
});

describe("=EXO.FINDING(id) in an Excel with data types", () => {
  it("is a card Excel accepts: the cell shows the id and direction, =A1.quote and friends give the fields", async () => {
    const entity = await value("EXO.FINDING", cited.id);
    expect(shown(entity)).toBe(`${cited.id} · ${cited.source} ${cited.direction.replace("_", " ")} ${cited.process}`);
    for (const name of [
      "id",
      "source",
      "process",
      "direction",
      "model",
      "context",
      "quote",
      "quote_url",
      "note",
      "direction_basis",
      "citation_given",
    ] as const)
      expect(field(entity, name), name).toBe(cited[name]);
    for (const name of ["cargo", "targets", "recipient", "citations"] as const)
      expect(field(entity, name), name).toBe(cited[name].join("|"));
    expect(field(entity, "QUOTE")).toBe(cited.quote);
    expect(field(entity, "doi")).toBe(dataset.source.url);
    expect(field(entity, "dataset_version")).toBe(dataset.version);
    expect(field(entity, "licence")).toBe(dataset.license.title);
    expect(field(entity, "no_such_field")).toBe("#FIELD!");
  });

  it("credits exo-bone with its logo, served from this origin, and links the quote to the review and its licence", async () => {
    const entity = (await value("EXO.FINDING", cited.id)) as {
      provider: { description: string; logoSourceAddress: string; logoTargetAddress: string };
      properties: { quote: { propertyMetadata: { attribution: { sourceAddress: string; licenseAddress: string }[] } } };
    };
    expect(entity.provider).toEqual({
      description: `exo-bone ${dataset.version} · ${dataset.license.title}`,
      logoSourceAddress: `${ORIGIN}/assets/icon-32.png`,
      logoTargetAddress: dataset.source.url,
    });
    expect((await fetch(entity.provider.logoSourceAddress)).headers.get("Content-Type")).toBe("image/png");
    expect(entity.properties.quote.propertyMetadata.attribution).toEqual([
      expect.objectContaining({ sourceAddress: cited.quote_url, licenseAddress: dataset.license.url }),
    ]);
  });

  it("shows source, mechanism, the verbatim quote with its citations, and provenance on the card", async () => {
    const layout = card(await value("EXO.FINDING", cited.id));
    expect(layout.title).toBe(`${cited.id} · ${cited.source} ${cited.direction.replace("_", " ")} ${cited.process}`);
    const section = (title?: string) => Object.fromEntries(layout.sections.find((s) => s.title === title)!.fields);
    expect(section(undefined)).toMatchObject({
      source: cited.source,
      process: cited.process,
      direction: cited.direction,
      model: cited.model,
    });
    expect(section("Mechanism")).toMatchObject({ cargo: cited.cargo.join("|") });
    expect(section("Evidence")).toMatchObject({
      quote: cited.quote,
      citations: cited.citations.join("|"),
      evidence: expect.stringContaining(cited.evidence_code),
    });
    expect(section("Provenance")).toMatchObject({
      id: cited.id,
      quote_url: cited.quote_url,
      doi: dataset.source.url,
      dataset_version: dataset.version,
      licence: dataset.license.title,
    });
    const names = layout.sections.flatMap((s) => s.fields.map(([name]) => name));
    expect(new Set(names).size).toBe(names.length);
  });

  it("names on the card what a reader must weigh, and hides fields without a value", async () => {
    const layout = card(await value("EXO.FINDING", uncited.id));
    const fields = Object.fromEntries(layout.sections.flatMap((s) => s.fields));
    expect(fields.caveats).toContain("The review cites no study for this claim.");
    expect("citations" in fields).toBe(false);
    expect(Object.values(fields)).not.toContain("");
  });

  it("is #VALUE! naming the closest id for a typo", async () => {
    const typo = cited.id.replace(/-(\d+)$/, "-9$1");
    expect(await calculate("EXO.FINDING", typo)).toMatchObject({
      error: "#N/A",
      message: expect.stringContaining(`There is no finding "${typo}"`),
    });
  });
});

describe("=EXO.FINDING(id) in an Excel without data types", () => {
  it("is one line of text, decided at run time from the requirement sets", async () => {
    await page.evaluate(() => __exoHost.supportSets({ ExcelApi: "1.15", CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1" }));
    try {
      const line = await value("EXO.FINDING", cited.id);
      expect(line).toBe(
        `${cited.id} · ${cited.source} ${cited.direction.replace("_", " ")} ${cited.process}: "${cited.quote}" (${cited.citations.join("; ")}). exo-bone ${dataset.version}, ${dataset.license.title}, from ${dataset.source.url}`,
      );
    } finally {
      await page.evaluate(() => __exoHost.supportSets());
    }
  });
});

describe("=EXO.CITE(ids, [style])", () => {
  it("cites a range of ids and FINDING cards: the review, the dataset at its version, then each study once", async () => {
    const entity = await value("EXO.FINDING", cited.id);
    const lines = (await value("EXO.CITE", [[uncited.id], [entity], [cited.id.toLowerCase()]])) as string[][];
    const studies = [...new Set([...uncited.citations, ...cited.citations])];
    expect(lines.map((l) => l.length)).toEqual(lines.map(() => 1));
    expect(lines[0]![0]).toBe(`${dataset.source.title}. doi:${dataset.source.doi}. ${dataset.source.url}`);
    expect(lines[1]![0]).toContain(`Dataset version ${dataset.version}, ${dataset.license.title}; findings ${uncited.id}, ${cited.id}.`);
    const works = (
      await api<{ data: { key: string; title: string; journal: string; doi: string; pmid: string }[] }>("/v1/references?limit=1000")
    ).data;
    const line = (key: string) => {
      const work = works.find((w) => w.key === key)!;
      return [
        `${key} (as cited in doi:${dataset.source.doi})`,
        work.title,
        work.journal,
        work.doi && `doi:${work.doi}`,
        work.pmid && `PMID:${work.pmid}`,
      ]
        .filter(Boolean)
        .join(". ");
    };
    expect(lines.slice(2).map((l) => l[0])).toEqual(studies.map(line));
  });

  it("writes BibTeX, one entry a cell, for one id typed as text", async () => {
    const entries = ((await value("EXO.CITE", cited.id, "bibtex")) as string[][]).map((l) => l[0]!);
    expect(entries).toHaveLength(2 + cited.citations.length);
    expect(entries[0]).toMatch(/^@article\{doi:/);
    expect(entries[1]).toContain(`version = {${dataset.version}}`);
    for (const entry of entries) expect(entry).toMatch(/^@\w+\{[^\s,]+,\n( {2}\w+ = \{[^\n]*\},?\n)+\}$/);
  });

  it("is #VALUE! for a style it does not know, naming the ones it does", async () => {
    expect(await calculate("EXO.CITE", cited.id, "apa")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("text, bibtex"),
    });
  });
});

describe("=EXO.FINDINGS with the task pane's filters", () => {
  it("answers any query the pane builds: several sources, a molecule type and free text", async () => {
    const expected = (await findings("source=OC,OB&process=cartilage&type=miRNA")).data.map((f) => f.id);
    expect(expected.length).toBeGreaterThan(0);
    const grid = (await value("EXO.FINDINGS", [["OC"], ["OB"]], "cartilage", "", "mirna")) as string[][];
    expect(grid.slice(1).map((r) => r[0])).toEqual(expected);

    const word = cited.quote.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
    const text = (await findings(`q=${encodeURIComponent(word)}`)).data.map((f) => f.id);
    const all = (await value("EXO.FINDINGS", "", "", "", "", word)) as string[][];
    expect(all.slice(1).map((r) => r[0])).toEqual(text);
    expect(text).toContain(cited.id);
  });
});
