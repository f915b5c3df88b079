import { describe, expect, it } from "vitest";
import { field, lines, problemsAfter, setField } from "./broken-copy";

const verdicts = lines("verdicts.tsv");
const findings = lines("findings.tsv");
const findingLines = findings.map((_, i) => i + 1).slice(1);
const directionsOf = (source: string, process: string) =>
  new Set(
    findingLines
      .filter((n) => field(findings, n, "source") === source && field(findings, n, "process") === process)
      .map((n) => field(findings, n, "direction")),
  );
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
    const problems = problemsAfter("verdicts.tsv", (l) =>
      setField(setField(l, emptyPair, "verdict", "promotes"), emptyPair, "note", "Figure 1 says so; the text has no study."),
    );
    expect(problems).toEqual([]);
  });

  it("rejects no_data for a pair that has findings, without a note", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => setField(setField(l, oneWayPair, "verdict", "no_data"), oneWayPair, "note", ""));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^verdicts\\.tsv:${oneWayPair}: verdict: "no_data" but .* has findings`))]);
  });

  it("rejects mixed when the findings go one way, without a note", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => setField(setField(l, oneWayPair, "verdict", "mixed"), oneWayPair, "note", ""));
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^verdicts\\.tsv:${oneWayPair}: verdict: "mixed" but the findings .* about the unqualified source do not go both ways`),
      ),
    ]);
  });

  it("rejects a source left without its three verdicts", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => l.filter((_, i) => i !== 1));
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^sources\\.tsv:\\d+: code: ${field(verdicts, 2, "source")} has no verdict for ${field(verdicts, 2, "process")}`),
      ),
    ]);
  });

  it("rejects two verdicts for one pair", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => [...l, l[1]!]);
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^verdicts\\.tsv:${verdicts.length + 1}: source: .* already has a verdict on line 2`)),
    );
  });
});

describe("one verdict rule: variants are exceptions, mixed only when the review disagrees about the source itself", () => {
  const withExceptions = verdictLines.find((n) => field(verdicts, n, "exceptions") !== "") ?? -1;
  const [first] = field(verdicts, withExceptions, "exceptions").split("|");
  const [firstId, firstState] = first!.split(":");
  /** A mixed verdict whose pair has unqualified findings both ways (the review disagrees with itself). */
  const selfContradicting =
    verdictLines.find((n) => {
      if (field(verdicts, n, "verdict") !== "mixed") return false;
      const unqualified = findingLines.filter(
        (f) =>
          field(findings, f, "source") === field(verdicts, n, "source") &&
          field(findings, f, "process") === field(verdicts, n, "process") &&
          field(findings, f, "source_state") === "",
      );
      const directions = new Set(unqualified.map((f) => field(findings, f, "direction")));
      return directions.has("promotes") && directions.has("inhibits");
    }) ?? -1;

  it("found the rows these tests need", () => {
    expect(withExceptions).toBeGreaterThan(1);
    expect(selfContradicting).toBeGreaterThan(1);
  });

  it("rejects a verdict that leaves out a variant finding that goes another way", () => {
    const problems = problemsAfter("verdicts.tsv", (l) =>
      setField(l, withExceptions, "exceptions", field(verdicts, withExceptions, "exceptions").split("|").slice(1).join("|")),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^verdicts\\.tsv:${withExceptions}: exceptions: ${firstId} \\(${firstState}\\) \\w+ disagrees .* add ${firstId}:${firstState}$`,
        ),
      ),
    ]);
  });

  it("rejects an exception whose state is not the finding's", () => {
    const wrong = field(verdicts, withExceptions, "exceptions").replace(first!, `${firstId}:young`);
    const problems = problemsAfter("verdicts.tsv", (l) => setField(l, withExceptions, "exceptions", wrong));
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(`^verdicts\\.tsv:${withExceptions}: exceptions: "${firstId}:young": ${firstId} has source_state "${firstState}"`),
      ),
    );
  });

  it("rejects promotes or inhibits where an unqualified finding goes the opposite way, even with a note", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => setField(l, selfContradicting, "verdict", "inhibits"));
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^verdicts\\.tsv:${selfContradicting}: verdict: "inhibits" but F-[\\d.]+-\\d+ says the unqualified source promotes; the review disagrees with itself, so the verdict is mixed`,
        ),
      ),
    );
  });

  it("rejects exceptions on a mixed verdict", () => {
    const problems = problemsAfter("verdicts.tsv", (l) => setField(l, selfContradicting, "exceptions", first!));
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^verdicts\\.tsv:${selfContradicting}: exceptions: mixed has no exceptions`)),
    );
  });
});
