import type { CellLine } from "./cell-line";
import type { Descriptor } from "./descriptor";
import type { Finding } from "./finding";
import type { Indexes } from "./indexes";
import type { Molecule } from "./molecule";
import type { Reference } from "./reference";
import type { RetiredRow } from "./retired";
import type { Source } from "./source";
import type { Target } from "./target";
import type { VerdictRow } from "./verdict";

/** The names of the curated files, in the order a curator would read them. */
export const dataFiles = [
  "sources.tsv",
  "cell_lines.tsv",
  "molecules.tsv",
  "targets.tsv",
  "references.tsv",
  "findings.tsv",
  "verdicts.tsv",
  "retired.tsv",
] as const;
export type DataFile = (typeof dataFiles)[number];
export type DataFiles = Record<DataFile, string>;

/** Everything the API answers from: validated records and the indexes built over them once. */
export interface Dataset {
  descriptor: Descriptor;
  /** `1.0.0+1a2b3c4d`: the descriptor's version and a fingerprint of the files. */
  version: string;
  sources: Source[];
  cellLines: CellLine[];
  molecules: Molecule[];
  targets: Target[];
  references: Reference[];
  findings: Finding[];
  verdicts: VerdictRow[];
  /** Finding ids that left findings.tsv, with the release and the reason (never reused). */
  retired: RetiredRow[];
  index: Indexes;
  /** The free-text index over findings (a MiniSearch snapshot, dataset/finding-search.ts), built with the rest. */
  searchIndex: string;
}
