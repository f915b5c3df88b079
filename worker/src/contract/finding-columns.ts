import type { Finding } from "../dataset/finding";

/**
 * Every column of findings.tsv, in its order (the API's CSV adds quote_url after them): EXO.FINDINGS
 * and the pane's tables use it.
 */
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
  "quote_start",
  "quote_end",
  "note",
  "direction_basis",
  "citation_given",
  "cargo_change",
  "evidence_code",
] as const satisfies readonly (keyof Finding)[];
export type FindingColumn = (typeof FINDING_COLUMNS)[number];

/**
 * Joins the items of a list in one cell or field: in the data files, the API's CSV and TSV, the
 * add-in's EXO.FINDINGS and the tables the task pane inserts alike (the GAF/miRTarBase convention).
 */
export const LIST_SEPARATOR = "|";
