// Every EXO.* function against the real API in process, with expectations read from data/*.tsv.
import { describe, expect, it } from "vitest";
import { FINDING_COLUMNS } from "../../worker/src/contract";
import {
  datasetVersion,
  evidenceVerdict,
  findingsOf,
  list,
  moleculeType,
  pairs,
  processes,
  sources,
  spellings,
  unique,
} from "./support/data";
import { connect } from "./support/functions";

const text = (verdict: string) => verdict.replace(/_/g, " ");
const studied = pairs.filter((p) => p.verdict !== "no_data");
const withFindings = pairs.filter((p) => findingsOf(p.code, p.process).length > 0);

describe("EXO.EFFECT", () => {
  it('answers the review\'s verdict, e.g. EXO.EFFECT("OC","cartilage")', async () => {
    const { excel } = connect();
    const oc = pairs.find((p) => p.code === "OC" && p.process === "cartilage")!;
    expect(await excel("EFFECT", "OC", "cartilage")).toBe(text(oc.verdict));
  });

  it("fills the whole source × process grid with the verdicts of verdicts.tsv", async () => {
    const { excel } = connect();
    const answers = await Promise.all(studied.map((p) => excel("EFFECT", p.code, p.process, null)));
    expect(answers).toEqual(studied.map((p) => text(p.verdict)));
  });

  it('spells not_studied as "not studied"', async () => {
    const { excel } = connect();
    const notStudied = pairs.filter((p) => p.verdict === "not_studied");
    expect(notStudied.length).toBeGreaterThan(0);
    for (const p of notStudied) expect(await excel("EFFECT", p.code, p.process)).toBe("not studied");
  });

  it("accepts any spelling of a source and process, in any case", async () => {
    const { excel } = connect();
    for (const source of sources) {
      const verdict = pairs.find((p) => p.code === source.code && p.process === "formation")!.verdict;
      if (verdict === "no_data") continue;
      for (const spelling of spellings.get(source.code!)!) {
        expect(await excel("EFFECT", spelling.toUpperCase(), "Bone Formation")).toBe(text(verdict));
      }
    }
  });

  it("derives the verdict from the findings with basis evidence", async () => {
    const { excel } = connect();
    const derived = pairs.filter((p) => evidenceVerdict(p.code, p.process) !== "no_data");
    const answers = await Promise.all(derived.map((p) => excel("EFFECT", p.code, p.process, "evidence")));
    expect(answers).toEqual(derived.map((p) => text(evidenceVerdict(p.code, p.process))));
  });
});

describe("EXO.FINDINGS", () => {
  const row = (f: Record<string, string>) =>
    FINDING_COLUMNS.map((c) => (["cargo", "targets", "recipient", "citations"].includes(c) ? list(f[c]).join("|") : f[c]));

  it("spills a header row and one row per finding, in file order", async () => {
    const { excel } = connect();
    const table = await excel("FINDINGS", [["OC"]], "cartilage");
    expect(table).toEqual([[...FINDING_COLUMNS], ...findingsOf("OC", "cartilage").map(row)]);
  });

  it("covers every process when the process is blank, and filters by direction", async () => {
    const { excel } = connect();
    const source = sources.map((s) => s.code!).sort((a, b) => findingsOf(b).length - findingsOf(a).length)[0]!;
    expect(await excel("FINDINGS", [[source]], null, null)).toEqual([[...FINDING_COLUMNS], ...findingsOf(source).map(row)]);
    const promoting = findingsOf(source, undefined, "promotes");
    expect(await excel("FINDINGS", [[source]], "", "promotes")).toEqual([[...FINDING_COLUMNS], ...promoting.map(row)]);
  });
});

describe("EXO.CARGO, EXO.TARGETS, EXO.CITATIONS", () => {
  const pair = withFindings.find((p) => unique(findingsOf(p.code, p.process).flatMap((f) => list(f.cargo))).length >= 2)!;

  it("spill the molecules, targets and citation keys of the findings down a column", async () => {
    const { excel } = connect();
    const rows = findingsOf(pair.code, pair.process);
    expect(await excel("CARGO", pair.code, pair.process)).toEqual(unique(rows.flatMap((f) => list(f.cargo))).map((m) => [m]));
    expect(await excel("TARGETS", pair.code, pair.process)).toEqual(unique(rows.flatMap((f) => list(f.targets))).map((t) => [t]));
    expect(await excel("CITATIONS", pair.code, pair.process)).toEqual(unique(rows.flatMap((f) => list(f.citations))).map((c) => [c]));
  });

  it("CARGO filters by molecule type and covers every process when it is blank", async () => {
    const { excel } = connect();
    const all = unique(findingsOf(pair.code).flatMap((f) => list(f.cargo)));
    expect(await excel("CARGO", pair.code)).toEqual(all.map((m) => [m]));
    const mirnas = all.filter((m) => moleculeType(m) === "miRNA");
    expect(mirnas.length).toBeGreaterThan(0);
    expect(await excel("CARGO", pair.code, null, "mirna")).toEqual(mirnas.map((m) => [m]));
  });
});

describe("EXO.SOURCES", () => {
  it("spills every source with its verdict on a process under a header", async () => {
    const { excel } = connect();
    for (const process of processes) {
      const expected = pairs.filter((p) => p.process === process).map((p) => [p.code, p.name, text(p.verdict)]);
      expect(await excel("SOURCES", process)).toEqual([["source", "name", "verdict"], ...expected]);
    }
  });

  it("keeps only the sources with the verdict asked for, written either way", async () => {
    const { excel } = connect();
    const wanted = pairs.find((p) => p.verdict === "not_studied")!;
    const expected = pairs
      .filter((p) => p.process === wanted.process && p.verdict === "not_studied")
      .map((p) => [p.code, p.name, "not studied"]);
    expect(await excel("SOURCES", wanted.process, "not studied")).toEqual([["source", "name", "verdict"], ...expected]);
    expect(await excel("SOURCES", wanted.process, "not_studied")).toEqual([["source", "name", "verdict"], ...expected]);
  });
});

describe("EXO.COUNT", () => {
  it("counts the findings of a source and process, optionally in one direction", async () => {
    const { excel } = connect();
    for (const p of pairs) expect(await excel("COUNT", p.code, p.process)).toBe(findingsOf(p.code, p.process).length);
    const busiest = [...withFindings].sort((a, b) => findingsOf(b.code, b.process).length - findingsOf(a.code, a.process).length)[0]!;
    for (const direction of ["promotes", "inhibits", "no_effect"]) {
      expect(await excel("COUNT", busiest.code, busiest.process, direction)).toBe(
        findingsOf(busiest.code, busiest.process, direction).length,
      );
    }
  });
});

describe("EXO.NAME", () => {
  it("gives the full name for a code or any alias", async () => {
    const { excel } = connect();
    for (const source of sources) {
      for (const spelling of spellings.get(source.code!)!) expect(await excel("NAME", spelling)).toBe(source.name);
    }
  });
});

describe("EXO.MATRIX", () => {
  it("spills every source's verdicts on the three processes under a header", async () => {
    const { excel } = connect();
    const verdict = (code: string, process: string) => text(pairs.find((p) => p.code === code && p.process === process)!.verdict);
    const expected = sources.map((s) => [s.code, s.name, s.group, ...processes.map((p) => verdict(s.code!, p))]);
    expect(await excel("MATRIX")).toEqual([["source", "name", "group", "formation", "resorption", "cartilage"], ...expected]);
  });

  it("uses the findings alone with basis evidence", async () => {
    const { excel } = connect();
    const expected = sources.map((s) => [s.code, s.name, s.group, ...processes.map((p) => text(evidenceVerdict(s.code!, p)))]);
    expect((await excel("MATRIX", "evidence")) as string[][]).toEqual([
      ["source", "name", "group", "formation", "resorption", "cartilage"],
      ...expected,
    ]);
  });
});

describe("EXO.VERSION", () => {
  it("names the dataset version of datapackage.json with the fingerprint of the files", async () => {
    const { excel, client } = connect();
    const version = await excel("VERSION");
    expect(version).toMatch(new RegExp(`^${datasetVersion.replace(/\./g, "\\.")}\\+[0-9a-f]{8}$`));
    expect(client.datasetVersion).toBe(version);
  });
});
