import { PROCESSES, VERDICT_COLOURS, VERDICT_LABELS, VERDICTS } from "../../../../worker/src/contract";
import { type FindingColumn, findingCell, proseColumns } from "../columns";
import type { Effect, Finding, MatrixRow } from "../types";
import { EXCEPTIONS_MEANING, verdictMeaning } from "../verdicts";

type Exception = Effect["exceptions"][number];

/** What goes into the cells of one table: a header row, the rows, and how they look. */
export interface TableContent {
  header: string[];
  rows: string[][];
  /** Each row's identity (finding id, source code): what Refresh reports as added, removed or changed. */
  keys: string[];
  /** Fill colour per data cell, or undefined for none. */
  fills?: (string | undefined)[][];
  /** Indexes of columns of prose: wrapped at a fixed width. */
  prose?: number[];
  /** An Excel table style name. */
  style: string;
}

export function findingsContent(findings: readonly Finding[], columns: readonly FindingColumn[]): TableContent {
  return {
    header: [...columns],
    rows: findings.map((finding) => columns.map((column) => findingCell(finding, column))),
    keys: findings.map((finding) => finding.id),
    prose: columns.flatMap((column, i) => (proseColumns.has(column) ? [i] : [])),
    style: "TableStyleMedium2",
  };
}

/** A verdict's exception as a cell reads it: "formation: F-2.2-08 (mature, promotes)". */
export const exceptionText = (process: string, exception: Exception): string =>
  `${process}: ${exception.finding} (${exception.state}, ${exception.direction.replace("_", " ")})`;

/**
 * Figures 1–3 as one table, each verdict cell filled with its verdict's colour, and each source's
 * exceptions (findings that disagree only through a variant) beside its verdicts, lists joined by `|`.
 */
export function matrixContent(rows: readonly MatrixRow[], exceptions: ReadonlyMap<string, readonly string[]>): TableContent {
  return {
    header: ["source", "name", "group", ...PROCESSES, "exceptions"],
    rows: rows.map((row) => [
      row.source,
      row.name,
      row.group,
      ...PROCESSES.map((p) => VERDICT_LABELS[row[p]]),
      (exceptions.get(row.source) ?? []).join("|"),
    ]),
    keys: rows.map((row) => row.source),
    fills: rows.map((row) => [undefined, undefined, undefined, ...PROCESSES.map((p) => VERDICT_COLOURS[row[p]]), undefined]),
    style: "TableStyleLight1",
  };
}

/** The key to the matrix, written beside it: each verdict's colour and what it means. */
export function legendContent(): TableContent {
  return {
    header: ["verdict", "meaning"],
    rows: [...VERDICTS.map((v) => [VERDICT_LABELS[v], verdictMeaning[v]]), ["exceptions", EXCEPTIONS_MEANING]],
    keys: [...VERDICTS, "exceptions"],
    fills: [...VERDICTS.map((v) => [VERDICT_COLOURS[v], undefined]), [undefined, undefined]],
    prose: [1],
    style: "",
  };
}

/** A table needs at least one data row; an empty answer keeps one blank row under the header. */
export function withAtLeastOneRow(content: TableContent): TableContent {
  return content.rows.length > 0 ? content : { ...content, rows: [content.header.map(() => "")], keys: [], fills: undefined };
}
