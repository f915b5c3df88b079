import { nameKey } from "../contract/names";
import { type Direction, type MoleculeType, PROCESS_ALIASES, PROCESSES, type Process } from "../contract/vocabulary";
import type { CellLine } from "./cell-line";
import type { Finding } from "./finding";
import type { Molecule } from "./molecule";
import type { Source } from "./source";
import type { Target } from "./target";
import type { VerdictRow } from "./verdict";

/**
 * Entities named by a bucket of findings: each one's line in its table (molecules.tsv or
 * targets.tsv, counted from 0, ascending) with the number of findings naming it.
 */
export type Tally = [line: number, findings: number][];

/** What the lookups report about one bucket of findings, computed once (at build time) instead of per request. */
export interface Summary {
  /** Finding ids, in file order. */
  ids: string[];
  evidence: Record<Direction, number>;
  /** Cargo molecule names, in order of first mention: all of them, and those of each type. */
  cargo: string[];
  cargoByType: Partial<Record<MoleculeType, string[]>>;
  /** Target names, in order of first mention. */
  targets: string[];
  citations: string[];
  /** Rows for /v1/molecules and /v1/targets: which molecules and targets, in file order, with their counts. */
  moleculeTally: Tally;
  targetTally: Tally;
}

/** Lookup tables built once per isolate, so that no request scans the dataset. */
export interface Indexes {
  findingById: Map<string, Finding>;
  /** A finding's position in findings.tsv, to merge index buckets back into file order. */
  position: Map<Finding, number>;
  findingsBySource: Map<string, Finding[]>;
  findingsByProcess: Map<Process, Finding[]>;
  findingsBySourceProcess: Map<string, Finding[]>;
  /** Keyed by directionKey: one source × process × direction, what EXO.FINDINGS asks most. */
  findingsBySourceProcessDirection: Map<string, Finding[]>;
  /** Keyed by the lower-cased molecule name (aliases resolve through moleculeByName). */
  findingsByMolecule: Map<string, Finding[]>;
  findingsByCitation: Map<string, Finding[]>;
  /** Keyed by the recipient's canonical name: a source code, a cell line, or the review's words, lower-cased. */
  findingsByRecipient: Map<string, Finding[]>;
  /** Keyed by the target's name as findings.tsv writes it (its name in targets.tsv). */
  findingsByTarget: Map<string, Finding[]>;
  verdictBySourceProcess: Map<string, VerdictRow>;
  /** Every spelling of a source (code, name, aliases) lower-cased, to the source. */
  sourceByName: Map<string, Source>;
  processByName: Map<string, Process>;
  moleculeByName: Map<string, Molecule>;
  /** Every spelling of a target (name, aliases) lower-cased, to the target. */
  targetByName: Map<string, Target>;
  cellLineByName: Map<string, CellLine>;
  /** Per source × process, per source, per process and overall: keyed by summaryKey. */
  summaries: Map<string, Summary>;
}

/** The key of a summary: `OC|cartilage`, `OC|*`, `*|cartilage` or `*|*`. */
export const summaryKey = (source: string | undefined, process: Process | undefined): string => `${source ?? "*"}|${process ?? "*"}`;

/** Where each name sits in its table, to tally entities in file order. */
interface Lines {
  molecule: Map<string, Molecule>;
  moleculeLine: Map<string, number>;
  targetLine: Map<string, number>;
}

/** How many findings name each entity, keyed by its line, ascending. */
function tally(counts: Map<string, number>, lineOf: Map<string, number>): Tally {
  const rows: Tally = [];
  for (const [name, findings] of counts) {
    const line = lineOf.get(name);
    // The loader checks that every name is in its table; a name that is not has no row to give.
    if (line !== undefined) rows.push([line, findings]);
  }
  return rows.sort((a, b) => a[0] - b[0]);
}

function summarise(findings: readonly Finding[], lines: Lines): Summary {
  const evidence: Record<Direction, number> = { promotes: 0, inhibits: 0, no_effect: 0 };
  const cargo = new Map<string, number>();
  const targets = new Map<string, number>();
  const citations = new Set<string>();
  for (const finding of findings) {
    evidence[finding.direction]++;
    for (const name of finding.cargo) cargo.set(name, (cargo.get(name) ?? 0) + 1);
    for (const target of finding.targets) targets.set(target, (targets.get(target) ?? 0) + 1);
    for (const key of finding.citations) citations.add(key);
  }
  const cargoByType: Partial<Record<MoleculeType, string[]>> = {};
  for (const name of cargo.keys()) {
    const type = lines.molecule.get(nameKey(name))?.type;
    if (type === undefined) continue;
    const names = cargoByType[type];
    if (names) names.push(name);
    else cargoByType[type] = [name];
  }
  return {
    ids: findings.map((f) => f.id),
    evidence,
    cargo: [...cargo.keys()],
    cargoByType,
    targets: [...targets.keys()],
    citations: [...citations],
    moleculeTally: tally(cargo, lines.moleculeLine),
    targetTally: tally(targets, lines.targetLine),
  };
}

export const pairKey = (source: string, process: Process): string => `${source}|${process}`;
export const directionKey = (source: string, process: Process, direction: Direction): string => `${source}|${process}|${direction}`;

export { nameKey };

/** Adds `value` to the bucket of `key` once: a finding that lists a name twice is in its bucket once. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const bucket = map.get(key);
  if (bucket) {
    if (bucket.at(-1) !== value) bucket.push(value);
  } else map.set(key, [value]);
}

/** The canonical key of a recipient: a source code or cell line name where it is one. */
export function recipientKey(recipient: string, sourceByName: Map<string, Source>, cellLineByName: Map<string, CellLine>): string {
  const key = nameKey(recipient);
  return nameKey(sourceByName.get(key)?.code ?? cellLineByName.get(key)?.name ?? recipient);
}

export function buildIndexes(
  sources: Source[],
  cellLines: CellLine[],
  molecules: Molecule[],
  targets: Target[],
  findings: Finding[],
  verdicts: VerdictRow[],
): Indexes {
  const sourceByName = new Map<string, Source>();
  for (const source of sources) {
    for (const name of [source.code, source.name, ...source.aliases]) sourceByName.set(nameKey(name), source);
  }
  const processByName = new Map<string, Process>();
  for (const process of PROCESSES) {
    for (const name of [process, ...PROCESS_ALIASES[process]]) processByName.set(nameKey(name), process);
  }
  const moleculeByName = new Map<string, Molecule>();
  for (const molecule of molecules) {
    for (const name of [molecule.name, ...molecule.aliases]) moleculeByName.set(nameKey(name), molecule);
  }
  const targetByName = new Map<string, Target>();
  for (const target of targets) {
    for (const name of [target.name, ...target.aliases]) targetByName.set(nameKey(name), target);
  }
  const cellLineByName = new Map<string, CellLine>();
  for (const cellLine of cellLines) {
    for (const name of [cellLine.name, ...cellLine.aliases]) cellLineByName.set(nameKey(name), cellLine);
  }

  const index: Indexes = {
    findingById: new Map(),
    position: new Map(findings.map((f, i) => [f, i])),
    findingsBySource: new Map(),
    findingsByProcess: new Map(),
    findingsBySourceProcess: new Map(),
    findingsBySourceProcessDirection: new Map(),
    findingsByMolecule: new Map(),
    findingsByCitation: new Map(),
    findingsByRecipient: new Map(),
    findingsByTarget: new Map(),
    verdictBySourceProcess: new Map(verdicts.map((v) => [pairKey(v.source, v.process), v])),
    sourceByName,
    processByName,
    moleculeByName,
    targetByName,
    cellLineByName,
    summaries: new Map(),
  };
  for (const finding of findings) {
    index.findingById.set(finding.id, finding);
    push(index.findingsBySource, finding.source, finding);
    push(index.findingsByProcess, finding.process, finding);
    push(index.findingsBySourceProcess, pairKey(finding.source, finding.process), finding);
    push(index.findingsBySourceProcessDirection, directionKey(finding.source, finding.process, finding.direction), finding);
    for (const name of finding.cargo) push(index.findingsByMolecule, nameKey(name), finding);
    for (const key of finding.citations) push(index.findingsByCitation, key, finding);
    for (const target of finding.targets) push(index.findingsByTarget, target, finding);
    for (const recipient of finding.recipient)
      push(index.findingsByRecipient, recipientKey(recipient, sourceByName, cellLineByName), finding);
  }
  const lines: Lines = {
    molecule: moleculeByName,
    moleculeLine: new Map(molecules.map((m, i) => [m.name, i])),
    targetLine: new Map(targets.map((t, i) => [t.name, i])),
  };
  for (const [source, bucket] of index.findingsBySource) index.summaries.set(summaryKey(source, undefined), summarise(bucket, lines));
  for (const [process, bucket] of index.findingsByProcess) index.summaries.set(summaryKey(undefined, process), summarise(bucket, lines));
  for (const bucket of index.findingsBySourceProcess.values()) {
    const [first] = bucket;
    if (first) index.summaries.set(summaryKey(first.source, first.process), summarise(bucket, lines));
  }
  index.summaries.set(summaryKey(undefined, undefined), summarise(findings, lines));
  return index;
}
