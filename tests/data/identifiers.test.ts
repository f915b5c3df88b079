import { describe, expect, it } from "vitest";
import { PROCESS_GO } from "../../worker/src/contract/vocabulary";
import { lines, problemsAfter, setField } from "./broken-copy";

/** Each file read the plainest way: column name to cell, per data line. */
const table = (file: string): Record<string, string>[] => {
  const [header, ...rows] = lines(file);
  const columns = header!.split("\t");
  return rows.map((row) => Object.fromEntries(row.split("\t").map((cell, i) => [columns[i]!, cell])));
};
const filled = (file: string, column: string): string[] =>
  table(file)
    .map((row) => row[column] ?? "")
    .filter((cell) => cell !== "");

/** The published formats of each identifier kind, written out here independently of the loader. */
const formats: [file: string, column: string, format: RegExp][] = [
  ["molecules.tsv", "mirbase_accession", /^MIMAT\d{7}$/],
  ["molecules.tsv", "mirbase_precursor", /^MI\d{7}$/],
  ["molecules.tsv", "hgnc_id", /^HGNC:\d+$/],
  ["molecules.tsv", "ncbi_gene", /^\d+$/],
  ["molecules.tsv", "rnacentral", /^URS[0-9A-F]{10}$/],
  ["targets.tsv", "hgnc_id", /^HGNC:\d+$/],
  ["targets.tsv", "mirbase_accession", /^MIMAT\d{7}$/],
  ["sources.tsv", "cell_ontology", /^CL:\d{7}$/],
  ["cell_lines.tsv", "cellosaurus", /^CVCL_[A-Z0-9]{4}$/],
  ["references.tsv", "doi", /^10\.\d{4,9}\/\S+$/],
  ["references.tsv", "pmid", /^\d{1,9}$/],
  ["findings.tsv", "evidence_code", /^ECO:\d{7}$/],
];

describe("identifiers have their database's format", () => {
  it.each(formats)("%s %s", (file, column, format) => {
    const ids = filled(file, column);
    expect(ids.length, `${file} has some ${column}`).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(format);
  });

  it("maps the three processes to GO ids", () => {
    expect(Object.values(PROCESS_GO).map((go) => go.id)).toEqual(expect.arrayContaining([expect.stringMatching(/^GO:\d{7}$/)]));
    for (const go of Object.values(PROCESS_GO)) expect(go.id).toMatch(/^GO:\d{7}$/);
  });

  it("uses only the three ECO terms of the evidence rule", () => {
    expect(new Set(filled("findings.tsv", "evidence_code"))).toEqual(new Set(["ECO:0000304", "ECO:0000303", "ECO:0000305"]));
  });

  it("says where every filled identifier was verified", () => {
    for (const file of ["molecules.tsv", "targets.tsv"]) {
      for (const row of table(file)) {
        const ids = ["mirbase_accession", "mirbase_precursor", "hgnc_id", "ncbi_gene", "rnacentral"].filter((c) => (row[c] ?? "") !== "");
        expect(ids.length === 0 || row.id_source !== "", `${file} ${row.name}`).toBe(true);
      }
    }
  });
});

describe("the loader rejects a malformed identifier with file:line: column", () => {
  const hgncLine = lines("molecules.tsv").findIndex((l) => /\tHGNC:\d+\t/.test(l)) + 1;
  const mimatLine = lines("molecules.tsv").findIndex((l) => /\tMIMAT\d{7}\t/.test(l)) + 1;
  const doiLine = lines("references.tsv").findIndex((l) => /\t10\.\d{4,9}\//.test(l)) + 1;

  it.each([
    ["molecules.tsv", hgncLine, "hgnc_id", "HGNC-10472"],
    ["molecules.tsv", mimatLine, "mirbase_accession", "MIMAT123"],
    ["references.tsv", doiLine, "doi", "doi:10.1038/x"],
    ["references.tsv", doiLine, "pmid", "PMID30185903"],
  ])("%s line %i %s = %s", (file, line, column, value) => {
    expect(line).toBeGreaterThan(1);
    expect(problemsAfter(file, (l) => setField(l, line, column, value))[0]).toMatch(
      new RegExp(`^${file.replace(".", "\\.")}:${line}: ${column}: must be `),
    );
  });

  it("rejects an identifier without its id_source", () => {
    expect(problemsAfter("molecules.tsv", (l) => setField(l, hgncLine, "id_source", ""))).toEqual([
      expect.stringMatching(new RegExp(`^molecules\\.tsv:${hgncLine}: id_source: is empty but .*hgnc_id`)),
    ]);
  });
});
