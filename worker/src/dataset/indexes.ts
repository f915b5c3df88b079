import { nameKey } from "../contract/names";
import { type Direction, PROCESS_ALIASES, PROCESSES, type Process } from "../contract/vocabulary";
import type { CellLine } from "./cell-line";
import type { Finding } from "./finding";
import type { Molecule } from "./molecule";
import type { Source } from "./source";
import type { Target } from "./target";
import type { VerdictRow } from "./verdict";

/** What the lookups report about one bucket of findings, computed once instead of per request. */
export interface Summary {
  /** Finding ids, in file order. */
  ids: string[];
  evidence: Record<Direction, number>;
  /** Each cargo molecule, and each target, with the number of findings naming it, in order of first mention. */
  cargo: Map<string, number>;
  targets: Map<string, number>;
  citations: string[];
}

/** Lookup tables built once per isolate, so that no request scans the dataset. */
export interface Indexes {
  findingById: Map<string, Finding>;
  /** A finding's position in findings.tsv, to merge index buckets back into file order. */
  position: Map<Finding, number>;
  findingsBySource: Map<string, Finding[]>;
  findingsByProcess: Map<Process, Finding[]>;
  findingsBySourceProcess: Map<string, Finding[]>;
  /** Keyed by the lower-cased molecule name (aliases resolve through moleculeByName). */
  findingsByMolecule: Map<string, Finding[]>;
  findingsByCitation: Map<string, Finding[]>;
  /** Keyed by the recipient's canonical name: a source code, a cell line, or the review's words, lower-cased. */
  findingsByRecipient: Map<string, Finding[]>;
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

function summarise(findings: readonly Finding[]): Summary {
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
  return { ids: findings.map((f) => f.id), evidence, cargo, targets, citations: [...citations] };
}

export const pairKey = (source: string, process: Process): string => `${source}|${process}`;

export { nameKey };

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const bucket = map.get(key);
  if (bucket) bucket.push(value);
  else map.set(key, [value]);
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
    findingsByMolecule: new Map(),
    findingsByCitation: new Map(),
    findingsByRecipient: new Map(),
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
    for (const name of finding.cargo) push(index.findingsByMolecule, nameKey(name), finding);
    for (const key of finding.citations) push(index.findingsByCitation, key, finding);
    for (const recipient of finding.recipient)
      push(index.findingsByRecipient, recipientKey(recipient, sourceByName, cellLineByName), finding);
  }
  for (const [source, bucket] of index.findingsBySource) index.summaries.set(summaryKey(source, undefined), summarise(bucket));
  for (const [process, bucket] of index.findingsByProcess) index.summaries.set(summaryKey(undefined, process), summarise(bucket));
  for (const bucket of index.findingsBySourceProcess.values()) {
    const [first] = bucket;
    if (first) index.summaries.set(summaryKey(first.source, first.process), summarise(bucket));
  }
  index.summaries.set(summaryKey(undefined, undefined), summarise(findings));
  return index;
}
