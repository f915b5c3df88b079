import type { Finding } from "../dataset/finding";

/** Every column of a finding, in the order of findings.tsv and the API's CSV: EXO.FINDINGS and the pane's tables use it. */
export const FINDING_COLUMNS = [
  "id",
  "section",
  "source",
  "source_state",
  "vesicle",
  "process",
  "direction",
  "cargo",
  "targets",
  "recipient",
  "context",
  "model",
  "citations",
  "quote",
  "note",
] as const satisfies readonly (keyof Finding)[];
export type FindingColumn = (typeof FINDING_COLUMNS)[number];
