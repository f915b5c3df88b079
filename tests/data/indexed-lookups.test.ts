import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MOLECULE_TYPES, PROCESSES, TARGET_KINDS } from "../../worker/src/contract/vocabulary";
import type { Dataset } from "../../worker/src/dataset/dataset";
import { dataset } from "../../worker/src/dataset/embedded";
import type { Finding } from "../../worker/src/dataset/finding";
import { buildFindingSearch } from "../../worker/src/dataset/finding-search";
import { buildIndexes, nameKey, recipientKey } from "../../worker/src/dataset/indexes";
import { cargo } from "../../worker/src/lookups/cargo";
import { citations } from "../../worker/src/lookups/citations";
import { count } from "../../worker/src/lookups/count";
import { effect } from "../../worker/src/lookups/effect";
import { type FindingsQuery, matchingFindings } from "../../worker/src/lookups/findings";
import { molecules } from "../../worker/src/lookups/molecules";
import { searchFindings } from "../../worker/src/lookups/search";
import { targetList } from "../../worker/src/lookups/target-list";
import { targets } from "../../worker/src/lookups/targets";

/**
 * The lookups answer from indexes built once (per source × process: ids, evidence counts, cargo
 * by type, targets, molecule and target tallies; buckets per molecule, target and recipient).
 * Here each answer is checked against the plainest reading of the findings — a scan in file
 * order — on the curated data and on random subsets of it (indexes rebuilt for each subset), so
 * an index that drops, repeats or reorders anything fails.
 */
const curated = dataset();
const codes = curated.sources.map((s) => s.code);

/** The curated dataset with only `findings` (kept in file order), indexed as the build indexes it. */
function withFindings(findings: Finding[]): Dataset {
  const { sources, cellLines, molecules: m, targets: t, verdicts } = curated;
  const index = buildIndexes(sources, cellLines, m, t, findings, verdicts);
  return { ...curated, findings, index, searchIndex: buildFindingSearch(findings, index) };
}

/** A random subset of the curated findings (its ids, so a failure prints short), kept in file order. */
const arbitraryDataset = fc
  .subarray(curated.findings.map((f) => f.id))
  .map((ids) => withFindings(ids.map((id) => curated.index.findingById.get(id)!)));
const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];
const of = (ds: Dataset, source?: string, process?: string) =>
  ds.findings.filter((f) => (source === undefined || f.source === source) && (process === undefined || f.process === process));
const typeOf = (name: string) => curated.index.moleculeByName.get(nameKey(name))?.type;

/** Each entity named by `findings`, in its table's order, with how many of them name it. */
function tallied<T extends { name: string }>(table: T[], findings: Finding[], names: (f: Finding) => string[]) {
  return table
    .map((row) => ({ ...row, findings: findings.filter((f) => names(f).includes(row.name)).length }))
    .filter((row) => row.findings > 0);
}

describe("lookups over the indexes give what a scan of the findings gives, in the same order", () => {
  const process = fc.option(fc.constantFrom(...PROCESSES), { nil: undefined });
  const type = fc.option(fc.constantFrom(...MOLECULE_TYPES), { nil: undefined });

  it("cargo (by source × process × type), targets, citations and counts", () => {
    fc.assert(
      fc.property(arbitraryDataset, fc.constantFrom(...codes), process, type, (ds, code, p, t) => {
        const rows = of(ds, code, p);
        const cargoNames = unique(rows.flatMap((f) => f.cargo));
        expect(cargo(ds, { source: code, process: p, type: t })).toEqual(
          t === undefined ? cargoNames : cargoNames.filter((n) => typeOf(n) === t),
        );
        expect(targets(ds, { source: code, process: p })).toEqual(unique(rows.flatMap((f) => f.targets)));
        if (p === undefined) return;
        expect(citations(ds, { source: code, process: p })).toEqual(unique(rows.flatMap((f) => f.citations)));
        expect(count(ds, { source: code, process: p })).toBe(rows.length);
        for (const direction of ["promotes", "inhibits", "no_effect"] as const)
          expect(count(ds, { source: code, process: p, direction })).toBe(rows.filter((f) => f.direction === direction).length);
      }),
      { numRuns: 150 },
    );
  });

  it("effect: the finding ids and evidence counts of every source × process", () => {
    for (const code of codes) {
      for (const p of PROCESSES) {
        const rows = of(curated, code, p);
        const answer = effect(curated, { source: code, process: p, basis: "evidence" });
        expect(answer.findings).toEqual(rows.map((f) => f.id));
        expect(answer.evidence).toEqual({
          promotes: rows.filter((f) => f.direction === "promotes").length,
          inhibits: rows.filter((f) => f.direction === "inhibits").length,
          no_effect: rows.filter((f) => f.direction === "no_effect").length,
        });
      }
    }
  });

  it("molecules and targets with their counts, for any sources, processes, types and kinds", () => {
    const several = <T>(values: readonly T[]) => fc.option(fc.subarray([...values], { minLength: 1 }), { nil: undefined });
    fc.assert(
      fc.property(
        arbitraryDataset,
        several(codes),
        several(PROCESSES),
        several(MOLECULE_TYPES),
        several(TARGET_KINDS),
        (ds, sources, processes, types, kinds) => {
          const rows = ds.findings.filter((f) => (!sources || sources.includes(f.source)) && (!processes || processes.includes(f.process)));
          const expectedMolecules = tallied(curated.molecules, rows, (f) => f.cargo).filter((m) => !types || types.includes(m.type));
          expect(molecules(ds, { source: sources, process: processes, type: types })).toEqual(expectedMolecules);
          const expectedTargets = tallied(curated.targets, rows, (f) => f.targets).filter((t) => !kinds || kinds.includes(t.kind));
          expect(targetList(ds, { source: sources, process: processes, kind: kinds })).toEqual(expectedTargets);
        },
      ),
      { numRuns: 100 },
    );
  });

  /** The findings filters, read literally. */
  function scan(ds: Dataset, query: FindingsQuery): Finding[] {
    const sourceCodes = query.source?.map((s) => ds.index.sourceByName.get(nameKey(s))!.code) ?? [];
    const processes = typeof query.process === "string" ? [query.process] : query.process;
    const molecule = query.molecule === undefined ? undefined : ds.index.moleculeByName.get(nameKey(query.molecule))!.name;
    const needle = query.target === undefined ? undefined : nameKey(query.target);
    const targetNames = new Set(
      ds.targets.filter((t) => needle !== undefined && [t.name, ...t.aliases].some((n) => nameKey(n).includes(needle))).map((t) => t.name),
    );
    const recipient =
      query.recipient === undefined ? undefined : recipientKey(query.recipient, ds.index.sourceByName, ds.index.cellLineByName);
    const rows = ds.findings.filter(
      (f) =>
        (sourceCodes.length === 0 || sourceCodes.includes(f.source)) &&
        (!processes || processes.includes(f.process)) &&
        (query.direction === undefined || f.direction === query.direction) &&
        (molecule === undefined || f.cargo.includes(molecule)) &&
        (query.type === undefined || f.cargo.some((n) => typeOf(n) === query.type)) &&
        (needle === undefined || f.targets.some((t) => targetNames.has(t))) &&
        (recipient === undefined || f.recipient.some((r) => recipientKey(r, ds.index.sourceByName, ds.index.cellLineByName) === recipient)),
    );
    if (query.q === undefined) return rows;
    const relevance = searchFindings(ds, query.q);
    return rows.filter((f) => relevance.has(f.id)).sort((a, b) => relevance.get(b.id)! - relevance.get(a.id)!);
  }

  const spellings = (names: { name: string; aliases: string[] }[]) => names.flatMap((n) => [n.name, ...n.aliases]);
  const query: fc.Arbitrary<FindingsQuery> = fc.record(
    {
      source: fc.subarray([...codes, ...curated.sources.flatMap((s) => [s.name, ...s.aliases.slice(0, 1)])], {
        minLength: 1,
        maxLength: 3,
      }),
      process: fc.oneof(fc.constantFrom(...PROCESSES), fc.subarray([...PROCESSES], { minLength: 1 })),
      direction: fc.constantFrom("promotes", "inhibits", "no_effect"),
      molecule: fc.constantFrom(...spellings(curated.molecules)),
      type: fc.constantFrom(...MOLECULE_TYPES),
      target: fc.oneof(fc.constantFrom(...spellings(curated.targets)), fc.constantFrom("PI3K", "MMP", "wnt", "runx")),
      recipient: fc.constantFrom(...unique(curated.findings.flatMap((f) => f.recipient)), "osteoclast", "RAW264.7"),
      q: fc.constantFrom("miR", "osteoclast differentiation", "RUNX2", "NF-κB", "apoptosis", "cartilage"),
    },
    { requiredKeys: [] },
  );

  it("findings for any combination of filters, on the curated data (file order, or best first with q)", () => {
    fc.assert(
      fc.property(query, (q) => {
        expect(matchingFindings(curated, q).map((f) => f.id)).toEqual(scan(curated, q).map((f) => f.id));
      }),
      { numRuns: 400 },
    );
  });

  it("findings for any combination of filters, on subsets of the data", () => {
    fc.assert(
      fc.property(
        arbitraryDataset,
        query.filter((q) => q.q === undefined),
        (ds, q) => {
          expect(matchingFindings(ds, q).map((f) => f.id)).toEqual(scan(ds, q).map((f) => f.id));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("lists a finding once in a bucket even when it names the same recipient twice", () => {
    const [first] = curated.findings.filter((f) => f.recipient.length > 0);
    const twice = { ...first!, recipient: [first!.recipient[0]!, first!.recipient[0]!] };
    const ds = withFindings([twice]);
    expect(matchingFindings(ds, { recipient: twice.recipient[0] }).map((f) => f.id)).toEqual([twice.id]);
  });
});
