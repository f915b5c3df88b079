import { describe, expect, it } from "vitest";
import { field, lines, problemsAfter, setField } from "./broken-copy";

const columns = lines("findings.tsv")[0]!.split("\t").length;

/** Line 2 is the first record; a problem must name the file, that line and the column. */
describe("a broken row fails with file:line: column", () => {
  it("passes untouched (the copy machinery itself changes nothing)", () => {
    expect(problemsAfter("findings.tsv", (l) => l)).toEqual([]);
  });

  it("rejects a process outside the vocabulary", () => {
    const problems = problemsAfter("findings.tsv", (l) => setField(l, 5, "process", "growth"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^findings\.tsv:5: process: .*formation.*resorption.*cartilage/);
  });

  it("rejects an unknown direction and an unknown verdict", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, 3, "direction", "enhances"))[0]).toMatch(/^findings\.tsv:3: direction: /);
    expect(problemsAfter("verdicts.tsv", (l) => setField(l, 2, "verdict", "maybe"))[0]).toMatch(/^verdicts\.tsv:2: verdict: /);
  });

  it("rejects a duplicate finding id on the second line that uses it", () => {
    const first = field(lines("findings.tsv"), 2, "id");
    const problems = problemsAfter("findings.tsv", (l) => setField(l, 3, "id", first));
    expect(problems).toContainEqual(
      `findings.tsv:3: finding id: "${first}" is already used on line 2; every finding id must be unique (ignoring case)`,
    );
  });

  it("rejects a source that sources.tsv does not define", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, 4, "source", "XYZ"))).toEqual([
      expect.stringMatching(/^findings\.tsv:4: source: "XYZ" is not a code in sources\.tsv/),
    ]);
  });

  it("rejects cargo missing from molecules.tsv and citations missing from references.tsv", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, 6, "cargo", "miR-0000"))).toContainEqual(
      expect.stringMatching(/^findings\.tsv:6: cargo: "miR-0000" is not in molecules\.tsv/),
    );
    expect(problemsAfter("findings.tsv", (l) => setField(l, 6, "citations", "Nobody et al., 1999"))).toContainEqual(
      expect.stringMatching(/^findings\.tsv:6: citations: "Nobody et al., 1999" is not a key in references\.tsv/),
    );
  });

  it("rejects a tab inside a value as a wrong field count", () => {
    const problems = problemsAfter("findings.tsv", (l) => setField(l, 7, "context", "in\tvivo"));
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^findings\\.tsv:7: line: has ${columns + 1} tab-separated fields, expected ${columns}`)),
    );
  });

  it("rejects a newline inside a value: the broken half is a short line", () => {
    const problems = problemsAfter("findings.tsv", (l) => setField(l, 7, "context", "in\nvivo"));
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^findings\\.tsv:8: line: has \\d+ tab-separated fields, expected ${columns}`)),
    );
  });

  it("rejects a wrong header", () => {
    const problems = problemsAfter("molecules.tsv", (l) => [l[0]!.replace("type", "kind"), ...l.slice(1)]);
    expect(problems[0]).toMatch(/^molecules\.tsv:1: header: expected the columns name, type, species, aliases/);
  });

  it("rejects an empty item in a | list and a quote over 250 characters", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, 2, "targets", "RUNX2||ATF4"))[0]).toMatch(
      /^findings\.tsv:2: targets: has an empty item/,
    );
    expect(problemsAfter("findings.tsv", (l) => setField(l, 2, "quote", "x".repeat(251)))[0]).toMatch(
      /^findings\.tsv:2: quote: is longer than 250 characters/,
    );
  });

  it("rejects an alias that two sources claim", () => {
    const owner = lines("sources.tsv").findIndex((l) => l.split("\t")[0] === "OC") + 1;
    const other = owner === 2 ? 3 : 2;
    const problems = problemsAfter("sources.tsv", (l) => setField(l, other, "aliases", `${field(l, other, "aliases")}|Osteoclast`));
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^sources\\.tsv:${Math.max(owner, other)}: source name or alias: "(O|o)steoclast" is already used on line ${Math.min(owner, other)}`,
        ),
      ),
    );
  });

  it("rejects a Cell Ontology id of the wrong form", () => {
    expect(problemsAfter("sources.tsv", (l) => setField(l, 2, "cell_ontology", "CL_0000092"))[0]).toMatch(
      /^sources\.tsv:2: cell_ontology: /,
    );
  });
});

describe("values are safe to export: a broken value fails with file:line: column", () => {
  it.each([
    ["a double quote", 'said "no"', /contains a double quote/],
    ["a leading =", "=HYPERLINK(1)", /starts with = \+ - or @/],
    ["a leading @", "@SUM(A1)", /starts with = \+ - or @/],
  ])("rejects %s in a text value", (_, value, problem) => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, 4, "context", value))).toEqual([
      expect.stringMatching(new RegExp(`^findings\\.tsv:4: context: ${problem.source}`)),
    ]);
  });

  it("rejects a list item that starts like a formula", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, 4, "targets", "RUNX2|-ATF4"))).toEqual([
      expect.stringMatching(/^findings\.tsv:4: targets: starts with = \+ - or @/),
    ]);
  });
});

describe("the evidence columns follow their rules", () => {
  const findings = lines("findings.tsv");
  const lineWhere = (test: (n: number) => boolean) =>
    findings
      .map((_, i) => i + 1)
      .slice(1)
      .find(test) ?? -1;
  const cited = lineWhere((n) => field(findings, n, "citations") !== "" && field(findings, n, "direction_basis") === "stated");
  const withCargo = lineWhere((n) => field(findings, n, "cargo") !== "");
  const noCargo = lineWhere((n) => field(findings, n, "cargo") === "");

  it("found the rows these tests need", () => {
    expect([cited, withCargo, noCargo].every((n) => n > 1)).toBe(true);
  });

  it("rejects a value outside each vocabulary", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, cited, "direction_basis", "assumed"))[0]).toMatch(
      new RegExp(`^findings\\.tsv:${cited}: direction_basis: `),
    );
    expect(problemsAfter("findings.tsv", (l) => setField(l, withCargo, "cargo_change", "reduced"))[0]).toMatch(
      new RegExp(`^findings\\.tsv:${withCargo}: cargo_change: `),
    );
    expect(problemsAfter("findings.tsv", (l) => setField(l, cited, "evidence_code", "ECO:0000269"))[0]).toMatch(
      new RegExp(`^findings\\.tsv:${cited}: evidence_code: `),
    );
  });

  it("rejects citation_given no beside citations, and an evidence code the flags do not give", () => {
    const problems = problemsAfter("findings.tsv", (l) => setField(l, cited, "citation_given", "no"));
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^findings\\.tsv:${cited}: citation_given: is "no" but citations lists`)),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^findings\\.tsv:${cited}: evidence_code: is ECO:0000304 but .* means ECO:0000303`)),
    );
    expect(problemsAfter("findings.tsv", (l) => setField(l, cited, "direction_basis", "implied"))).toEqual([
      expect.stringMatching(
        new RegExp(`^findings\\.tsv:${cited}: evidence_code: is ECO:0000304 but direction_basis implied .* means ECO:0000305`),
      ),
    ]);
  });

  it("rejects a cargo_change without cargo and cargo without one", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, noCargo, "cargo_change", "enriched"))).toEqual([
      expect.stringMatching(new RegExp(`^findings\\.tsv:${noCargo}: cargo_change: is "enriched" but the finding names no cargo`)),
    ]);
    expect(problemsAfter("findings.tsv", (l) => setField(l, withCargo, "cargo_change", ""))).toEqual([
      expect.stringMatching(new RegExp(`^findings\\.tsv:${withCargo}: cargo_change: is empty but the finding names cargo`)),
    ]);
  });

  it("rejects quote offsets that span fewer characters than the quote", () => {
    const start = Number(field(findings, cited, "quote_start"));
    expect(problemsAfter("findings.tsv", (l) => setField(l, cited, "quote_end", String(start + 3)))).toEqual([
      expect.stringMatching(new RegExp(`^findings\\.tsv:${cited}: quote_end: `)),
    ]);
    expect(problemsAfter("findings.tsv", (l) => setField(l, cited, "quote_start", "-1"))[0]).toMatch(
      new RegExp(`^findings\\.tsv:${cited}: quote_start: must be 0 or more`),
    );
  });
});

describe("the new vocabularies are closed", () => {
  const molecules = lines("molecules.tsv");
  const targets = lines("targets.tsv");
  const findings = lines("findings.tsv");
  const cited = findings.findIndex((l) => l.includes("\tyes\t")) + 1;

  it.each([
    ["molecules.tsv", 2, "species", "dog", molecules],
    ["targets.tsv", 2, "kind", "gene", targets],
    ["findings.tsv", cited, "citation_given", "maybe", findings],
  ])("%s line %i: %s %s is rejected", (file, line, column, value, rows) => {
    expect(field(rows, line, column)).not.toBe(value);
    expect(problemsAfter(file, (l) => setField(l, line, column, value))[0]).toMatch(
      new RegExp(`^${file.replace(".", "\\.")}:${line}: ${column}: Invalid option`),
    );
  });

  it("rejects a target spelled as an alias in findings.tsv, naming the canonical name", () => {
    const target = targets
      .map((_, i) => i + 1)
      .slice(1)
      .find((n) => field(targets, n, "aliases") !== "")!;
    const [alias] = field(targets, target, "aliases").split("|");
    const name = field(targets, target, "name");
    const line =
      findings.findIndex(
        (l, i) =>
          i > 0 &&
          field(findings, i + 1, "targets")
            .split("|")
            .includes(name),
      ) + 1;
    const problems = problemsAfter("findings.tsv", (l) => setField(l, line, "targets", field(l, line, "targets").replace(name, alias!)));
    expect(problems).toEqual([`findings.tsv:${line}: targets: "${alias}" is an alias; write the target's name "${name}"`]);
  });
});

describe("recipients use the canonical names of sources.tsv and cell_lines.tsv", () => {
  it("rejects a cell line written as its alias", () => {
    const findings = lines("findings.tsv");
    const line =
      findings.findIndex(
        (l, i) =>
          i > 0 &&
          field(findings, i + 1, "recipient")
            .split("|")
            .includes("RAW 264.7"),
      ) + 1;
    expect(line).toBeGreaterThan(1);
    const problems = problemsAfter("findings.tsv", (l) => setField(l, line, "recipient", "RAW264.7"));
    expect(problems).toEqual([
      `findings.tsv:${line}: recipient: "RAW264.7" is a spelling of RAW 264.7; write "RAW 264.7" (sources.tsv code or cell_lines.tsv name)`,
    ]);
  });
});

describe("a note names findings that exist", () => {
  const molecules = lines("molecules.tsv");
  const retired = field(lines("retired.tsv"), 2, "id");
  const retiredIn = field(lines("retired.tsv"), 2, "retired_in");
  const note = field(molecules, 2, "note");

  it("rejects a retired finding given as if current, and an id that was never a finding", () => {
    expect(problemsAfter("molecules.tsv", (l) => setField(l, 2, "note", `${note}; cargo in ${retired}`))).toEqual([
      `molecules.tsv:2: note: names ${retired}, retired in ${retiredIn}, as if current; say that it was retired`,
    ]);
    expect(problemsAfter("verdicts.tsv", (l) => setField(l, 2, "note", "see F-9.9-99"))).toEqual([
      'verdicts.tsv:2: note: "F-9.9-99" is not a finding in findings.tsv or retired.tsv; name an existing finding',
    ]);
  });

  it("accepts a retired finding the note says was retired", () => {
    expect(problemsAfter("molecules.tsv", (l) => setField(l, 2, "note", `${note}; cargo in ${retired} (retired in ${retiredIn})`))).toEqual(
      [],
    );
  });
});
