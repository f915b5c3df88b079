// EXO.FINDING, EXO.CITE and the pane's filters on EXO.FINDINGS, against the real API in process,
// with expectations read from data/*.tsv and data/datapackage.json.
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { FINDING_COLUMNS } from "../../worker/src/contract";
import { datasetVersion, findings, list, moleculeType, retired, references as works } from "./support/data";
import { connect } from "./support/functions";
import { ORIGIN, workerFetch } from "./support/worker";

const descriptor = JSON.parse(readFileSync(new URL("../../data/datapackage.json", import.meta.url), "utf8"));
const review = descriptor.sources[0];
const licence = descriptor.licenses[0];
const row = (f: Record<string, string>) =>
  FINDING_COLUMNS.map((c) => (["cargo", "targets", "recipient", "citations"].includes(c) ? list(f[c]).join("|") : f[c]));
const cited = findings.find((f) => list(f.citations).length >= 2 && list(f.cargo).length > 0)!;
const uncited = findings.find((f) => list(f.citations).length === 0)!;

/** An Excel that reports these requirement sets, as office.js does once it is ready. */
function excelWith(sets: Record<string, string>) {
  const atLeast = (have: string, want: string) => Number(have) >= Number(want);
  Object.assign(globalThis, {
    Office: { context: { requirements: { isSetSupported: (set: string, v = "1.1") => set in sets && atLeast(sets[set]!, v) } } },
  });
}
const dataTypes = { CustomFunctionsRuntime: "1.4", ExcelApi: "1.16" };

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

type Entity = {
  type: string;
  text: string;
  properties: Record<
    string,
    { type: string; basicValue: string; propertyMetadata?: { attribution?: { sourceAddress: string; licenseAddress: string }[] } }
  >;
  layouts: { card: { sections: { properties: string[] }[] } };
};

describe("EXO.FINDING", () => {
  it("is an entity whose cell shows the id and direction and whose properties are the finding's fields", async () => {
    excelWith(dataTypes);
    const { excel } = connect();
    const card = (await excel("FINDING", cited.id!.toLowerCase())) as Entity;
    expect(card.type).toBe("Entity");
    expect(card.text).toBe(`${cited.id} · ${cited.source} ${cited.direction!.replace("_", " ")} ${cited.process}`);
    const value = (name: string) => card.properties[name]?.basicValue;
    for (const column of [
      "id",
      "source",
      "source_state",
      "vesicle",
      "process",
      "direction",
      "model",
      "context",
      "quote",
      "note",
      "section",
    ])
      expect(value(column), column).toBe(cited[column]);
    for (const column of ["cargo", "targets", "recipient", "citations"]) expect(value(column), column).toBe(list(cited[column]).join("|"));
    expect(value("doi")).toBe(review.path);
    expect(value("review")).toBe(review.title);
    expect(value("dataset_version")).toMatch(new RegExp(`^${datasetVersion.replace(/\./g, "\\.")}\\+[0-9a-f]{8}$`));
    expect(value("licence")).toBe(licence.title);
    for (const column of ["direction_basis", "citation_given", "cargo_change"]) expect(value(column), column).toBe(cited[column]);
    expect(value("evidence")).toContain(`(${cited.evidence_code})`);
    // The passage itself: the article with a text fragment of the quote's opening words.
    expect(value("quote_url")).toMatch(/^https:\/\/.*#:~:text=/);
    expect(decodeURIComponent(value("quote_url")!.split("#:~:text=")[1]!)).toContain(cited.quote!.split(" ").slice(0, 3).join(" "));
    expect(card.properties.quote!.propertyMetadata!.attribution).toEqual([
      { sourceAddress: value("quote_url"), sourceText: review.title, licenseAddress: licence.path, licenseText: licence.title },
    ]);
  });

  it("shows on its card only the fields that have a value, and names the caveats", async () => {
    excelWith(dataTypes);
    const { excel } = connect();
    const card = (await excel("FINDING", uncited.id)) as Entity;
    const shown = card.layouts.card.sections.flatMap((s) => s.properties);
    expect(shown).toContain("quote");
    for (const name of shown) expect(card.properties[name]!.basicValue, name).not.toBe("");
    expect(shown).not.toContain("citations");
    expect(card.properties.caveats!.basicValue).toContain("The review cites no study for this claim.");
  });

  it("is one line of text on an Excel without data types", async () => {
    excelWith({ CustomFunctionsRuntime: "1.3", ExcelApi: "1.15" });
    const { excel } = connect();
    const line = await excel("FINDING", cited.id);
    expect(line).toBe(
      `${cited.id} · ${cited.source} ${cited.direction!.replace("_", " ")} ${cited.process}: "${cited.quote}" (${list(cited.citations).join("; ")}). exo-bone ${(await excel("VERSION")) as string}, ${licence.title}, from ${review.path}`,
    );
  });

  it("names the closest id for a typo and refuses anything but one id", async () => {
    const { excel } = connect();
    const typo = `${cited.id!.slice(0, -1)}x`;
    expect(await excel("FINDING", cited.id!.replace(/-(\d+)$/, "-9$1"))).toMatchObject({ error: "#N/A" });
    expect(await excel("FINDING", typo)).toMatchObject({ error: "#VALUE!", message: expect.stringContaining("is not a finding id") });
    expect(await excel("FINDING", `${cited.id}, ${uncited.id}`)).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("takes one finding id"),
    });
  });
});

describe("EXO.FINDING of a retired id", () => {
  it.each(retired.map((r) => [r.id!, r] as const))("%s is #N/A saying when it was retired and why, not a did-you-mean", async (id, r) => {
    excelWith(dataTypes);
    const { excel } = connect();
    const answer = (await excel("FINDING", id)) as { error: string; message: string };
    expect(answer.error).toBe("#N/A");
    expect(answer.message).toContain(`Finding ${id} was retired in dataset version ${r.retired_in}`);
    expect(answer.message).toContain(r.reason!);
    expect(answer.message).toContain("CHANGELOG.md");
    expect(answer.message).not.toContain("Did you mean");
    // Where its claim went: retired.tsv's replaced_by (tests/addin/retired-replacement.test.ts for rows that have one).
    const replacedBy = list(r.replaced_by);
    if (replacedBy.length === 0) expect(answer.message).toContain("No current finding carries its claim.");
    else for (const current of replacedBy) expect(answer.message).toContain(current);
  });
});

describe("EXO.CITE", () => {
  const references = (ids: string[]) => [...new Set(findings.filter((f) => ids.includes(f.id!)).flatMap((f) => list(f.citations)))];
  /** A study's line, written out from references.tsv: the key, then whatever of title, journal, DOI and PMID was verified. */
  const studyLine = (key: string) => {
    const work = works.find((w) => w.key === key)!;
    return [
      `${key} (as cited in doi:${review.doi})`,
      work.title,
      work.journal,
      work.doi && `doi:${work.doi}`,
      work.pmid && `PMID:${work.pmid}`,
    ]
      .filter(Boolean)
      .join(". ");
  };

  it("cites the review, the dataset at its version and every study the findings cite, each once", async () => {
    const { excel } = connect();
    const ids = [cited.id!, uncited.id!, cited.id!];
    const lines = (await excel("CITE", [[ids[0]], [ids[1]], [ids[2]]])) as string[][];
    expect(lines[0]![0]).toBe(`${review.title}. doi:${review.doi}. ${review.path}`);
    expect(lines[1]![0]).toContain(`Dataset version ${datasetVersion}+`);
    expect(lines[1]![0]).toContain(`findings ${cited.id}, ${uncited.id}.`);
    expect(lines.slice(2).map((l) => l[0])).toEqual(references([cited.id!, uncited.id!]).map(studyLine));
  });

  it("takes a list in one cell and EXO.FINDING cells, and writes BibTeX", async () => {
    excelWith(dataTypes);
    const { excel } = connect();
    const card = await excel("FINDING", cited.id);
    const bibtex = (await excel("CITE", [[`${uncited.id}; ${cited.id}`, card]], "BibTeX")) as string[][];
    expect(bibtex).toHaveLength(2 + references([cited.id!, uncited.id!]).length);
    expect(bibtex[0]![0]).toBe(
      `@article{doi:${review.doi},\n  title = {${review.title}},\n  doi = {${review.doi}},\n  url = {${review.path}}\n}`,
    );
    expect(bibtex[1]![0]).toMatch(new RegExp(`^@misc\\{${descriptor.name}-${datasetVersion.replace(/\./g, "\\.")}\\+[0-9a-f]{8},`));
    const first = references([uncited.id!, cited.id!])[0]!;
    expect(bibtex[2]![0]).toContain(`  year = {${/\d{4}/.exec(first)![0]}}`);
    expect(bibtex[2]![0]).toContain(`  author = {${first.replace(/,\s*\d{4}[a-z]?$/, "").replace(/ et al\.$/, " and others")}}`);
    const verified = works.find((w) => w.key === first)!;
    if (verified.doi) expect(bibtex[2]![0]).toContain(`  doi = {${verified.doi}}`);
    expect(bibtex[2]![0]!.startsWith(verified.journal ? "@article{" : "@misc{")).toBe(true);
  });

  it("gives each study's title, journal, DOI and PMID where references.tsv verified them", async () => {
    const work = works.find((w) => w.doi && w.journal && w.title)!;
    const finding = findings.find((f) => list(f.citations).includes(work.key!))!;
    const { excel } = connect();
    const lines = ((await excel("CITE", finding.id)) as string[][]).map((l) => l[0]);
    expect(lines).toContain(studyLine(work.key!));
    expect(studyLine(work.key!)).toContain(`doi:${work.doi}`);
    const entries = ((await excel("CITE", finding.id, "bibtex")) as string[][]).map((l) => l[0]!);
    const entry = entries.find((e) => e.includes(`doi = {${work.doi}}`))!;
    expect(entry).toMatch(/^@article\{/);
    expect(entry).toContain(`  year = {${work.year}}`);
    expect(entry).toContain(`  journal = {${work.journal!.replace(/([&%$#_])/g, "\\$1")}}`);
  });

  it("says what is wrong with a blank, a stray word or an unknown style", async () => {
    const { excel } = connect();
    expect(await excel("CITE", [[null], [""]])).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("at least one finding id"),
    });
    expect(await excel("CITE", [["osteoclast"]])).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining('"osteoclast" is not a finding id'),
    });
    expect(await excel("CITE", [[cited.id]], "apa")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("Use one of: text, bibtex"),
    });
  });
});

describe("EXO.FINDINGS with the pane's filters", () => {
  it("takes several sources, or none for every source, a molecule type and free text", async () => {
    const { excel } = connect();
    const header = [...FINDING_COLUMNS];
    const two = findings.filter((f) => f.source === "OC" || f.source === "OB");
    expect(await excel("FINDINGS", [["OC, OB"]])).toEqual([header, ...two.map(row)]);
    expect(await excel("FINDINGS", [["OC"], ["OB"]])).toEqual([header, ...two.map(row)]);
    expect(await excel("FINDINGS", [[""]], "cartilage")).toEqual([header, ...findings.filter((f) => f.process === "cartilage").map(row)]);
    const mirna = findings.filter((f) => f.process === "formation" && list(f.cargo).some((m) => moleculeType(m) === "miRNA"));
    expect(mirna.length).toBeGreaterThan(0);
    expect(await excel("FINDINGS", [[""]], "formation", null, "miRNA")).toEqual([header, ...mirna.map(row)]);
    const word = "ferroptosis";
    const text = findings.filter((f) =>
      [f.cargo, f.targets, f.recipient, f.context, f.quote, f.note].join(" ").toLowerCase().includes(word),
    );
    expect(text.length).toBeGreaterThan(0);
    // Free text is the API's search (best match first): the same rows as GET /v1/findings?q=, and
    // every finding whose text holds the word among them.
    const searched = (await excel("FINDINGS", [[""]], null, null, null, word.toUpperCase())) as string[][];
    const viaApi = (await (await workerFetch(`${ORIGIN}/v1/findings?q=${word}&limit=1000`)).json()) as { data: { id: string }[] };
    expect(searched[0]).toEqual(header);
    expect(searched.slice(1).map((r) => r[0])).toEqual(viaApi.data.map((f) => f.id));
    expect(searched.slice(1)).toEqual(expect.arrayContaining(text.map(row)));
  });

  it("is #VALUE! naming the choices for a molecule type it does not know", async () => {
    const { excel } = connect();
    expect(await excel("FINDINGS", [["OC"]], null, null, "microRNAs")).toMatchObject({
      error: "#VALUE!",
      message: expect.stringContaining("miRNA"),
    });
  });
});

describe("EXO.FINDINGS past one page", () => {
  it("ends with a row saying how many more findings match, never dropping them silently", async () => {
    // A larger dataset than ours: the service reports 7 findings beyond the page it sends.
    const larger = async (input: string, init?: RequestInit) => {
      const response = await workerFetch(input, init);
      if (!input.endsWith("/v1/batch")) return response;
      const body = (await response.json()) as { results: { value?: { meta?: { total: number } } }[] };
      for (const result of body.results) if (result.value?.meta) result.value.meta.total += 7;
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    };
    const { excel } = connect(larger);
    const table = (await excel("FINDINGS", [["OC"]])) as string[][];
    const oc = findings.filter((f) => f.source === "OC");
    expect(table).toHaveLength(1 + oc.length + 1);
    expect(table.at(-1)![0]).toBe("… 7 more findings: add a process, direction, type or text to narrow the query.");
    expect(
      table
        .at(-1)!
        .slice(1)
        .every((cell) => cell === ""),
    ).toBe(true);
  });
});
