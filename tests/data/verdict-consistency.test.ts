import { describe, expect, it } from "vitest";
import { field, lines, problemsAfter, setField } from "./broken-copy";

const verdicts = lines("verdicts.tsv");
const findings = lines("findings.tsv");
const findingLines = findings.map((_, i) => i + 1).slice(1);
const directionsOf = (source: string, process: string) =>
  new Set(findingLines.filter((n) => field(findings, n, "source") === source && field(findings, n, "process") === process).map((n) => field(findings, n, "direction")));
const verdictLines = verdicts.map((_, i) => i + 1).slice(1);
const directionsAt = (n: number) => directionsOf(field(verdicts, n, "source"), field(verdicts, n, "process"));

/** The line of a verdict whose pair has no finding at all. */
const emptyPair = verdictLines.find((n) => directionsAt(n).size === 0) ?? -1;
/** The line of a verdict whose pair has findings that all go one way. */
const oneWayPair = verdictLines.find((n) => directionsAt(n).size === 1 && !directionsAt(n).has("no_effect")) ?? -1;

describe("verdicts must agree with the findings unless the note says why", () => {
  it("found the rows these tests need", () => {
    expect(emptyPair).toBeGreaterThan(0);
    expect(oneWayPair).toBeGreaterThan(0);
  });

  it("rejects promotes with no promoting finding and no note", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => setField(setField(l, emptyPair, "verdict", "promotes"), emptyPair, "note", ""));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^verdicts\\.tsv:${emptyPair}: verdict: "promotes" but no finding`))]);
  });

  it("accepts the same verdict when the note explains it", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => setField(setField(l, emptyPair, "verdict", "promotes"), emptyPair, "note", "Figure 1 says so; the text has no study."));
    expect(problems).toEqual([]);
  });

  it("rejects no_data for a pair that has findings, without a note", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => setField(setField(l, oneWayPair, "verdict", "no_data"), oneWayPair, "note", ""));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^verdicts\\.tsv:${oneWayPair}: verdict: "no_data" but .* has findings`))]);
  });

  it("rejects mixed when the findings go one way, without a note", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => setField(setField(l, oneWayPair, "verdict", "mixed"), oneWayPair, "note", ""));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^verdicts\\.tsv:${oneWayPair}: verdict: "mixed" but the findings`))]);
  });

  it("rejects a source left without its three verdicts", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => l.filter((_, i) => i !== 1));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^sources\\.tsv:\\d+: code: ${field(verdicts, 2, "source")} has no verdict for ${field(verdicts, 2, "process")}`))]);
  });

  it("rejects two verdicts for one pair", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => [...l, l[1]!]);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^verdicts\\.tsv:${verdicts.length + 1}: source: .* already has a verdict on line 2`)));
  });
});
