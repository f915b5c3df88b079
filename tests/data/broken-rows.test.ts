import { describe, expect, it } from "vitest";
import { field, lines, problemsAfter, setField } from "./broken-copy";

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
    expect(problems).toContainEqual(`findings.tsv:3: finding id: "${first}" is already used on line 2; every finding id must be unique (ignoring case)`);
  });

  it("rejects a source that sources.tsv does not define", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, 4, "source", "XYZ"))).toEqual([expect.stringMatching(/^findings\.tsv:4: source: "XYZ" is not a code in sources\.tsv/)]);
  });

  it("rejects cargo missing from molecules.tsv and citations missing from references.tsv", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, 6, "cargo", "miR-0000"))).toContainEqual(expect.stringMatching(/^findings\.tsv:6: cargo: "miR-0000" is not in molecules\.tsv/));
    expect(problemsAfter("findings.tsv", (l) => setField(l, 6, "citations", "Nobody et al., 1999"))).toContainEqual(
      expect.stringMatching(/^findings\.tsv:6: citations: "Nobody et al., 1999" is not a key in references\.tsv/),
    );
  });

  it("rejects a tab inside a value as a wrong field count", () => {
    const problems = problemsAfter("findings.tsv", (l) => setField(l, 7, "context", "in\tvivo"));
    expect(problems).toContainEqual(expect.stringMatching(/^findings\.tsv:7: line: has 16 tab-separated fields, expected 15/));
  });

  it("rejects a newline inside a value: the broken half is a short line", () => {
    const problems = problemsAfter("findings.tsv", (l) => setField(l, 7, "context", "in\nvivo"));
    expect(problems).toContainEqual(expect.stringMatching(/^findings\.tsv:8: line: has \d+ tab-separated fields, expected 15/));
  });

  it("rejects a wrong header", () => {
    const problems = problemsAfter("molecules.tsv", (l) => [l[0]!.replace("type", "kind"), ...l.slice(1)]);
    expect(problems[0]).toMatch(/^molecules\.tsv:1: header: expected the columns name, type, aliases/);
  });

  it("rejects an empty item in a | list and a quote over 250 characters", () => {
    expect(problemsAfter("findings.tsv", (l) => setField(l, 2, "targets", "RUNX2||ATF4"))[0]).toMatch(/^findings\.tsv:2: targets: has an empty item/);
    expect(problemsAfter("findings.tsv", (l) => setField(l, 2, "quote", "x".repeat(251)))[0]).toMatch(/^findings\.tsv:2: quote: is longer than 250 characters/);
  });

  it("rejects an alias that two sources claim", () => {
    const owner = lines("sources.tsv").findIndex((l) => l.split("\t")[0] === "OC") + 1;
    const other = owner === 2 ? 3 : 2;
    const problems = problemsAfter("sources.tsv", (l) => setField(l, other, "aliases", `${field(l, other, "aliases")}|Osteoclast`));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^sources\\.tsv:${Math.max(owner, other)}: source name or alias: "(O|o)steoclast" is already used on line ${Math.min(owner, other)}`)));
  });

  it("rejects a Cell Ontology id of the wrong form", () => {
    expect(problemsAfter("sources.tsv", (l) => setField(l, 2, "cell_ontology", "CL_0000092"))[0]).toMatch(/^sources\.tsv:2: cell_ontology: /);
  });
});
