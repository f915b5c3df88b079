import { type FindingColumn, findingCell, proseColumns } from "../columns";
import { PROCESSES, VERDICT_LABELS, VERDICTS } from "../../../../worker/src/contract";
import type { Finding, MatrixRow } from "../types";
import { verdictFill } from "../verdicts";

/** What goes into the cells of one table: a header row, the rows, and how they look. */
export interface TableContent {
  header: string[];
  rows: string[][];
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
    prose: columns.flatMap((column, i) => (proseColumns.has(column) ? [i] : [])),
    style: "TableStyleMedium2",
  };
}

/** Figures 1–3 as one table, each verdict cell filled with its verdict's colour. */
export function matrixContent(rows: readonly MatrixRow[]): TableContent {
  return {
    header: ["source", "name", "group", ...PROCESSES],
    rows: rows.map((row) => [row.source, row.name, row.group, ...PROCESSES.map((p) => VERDICT_LABELS[row[p]])]),
    fills: rows.map((row) => [undefined, undefined, undefined, ...PROCESSES.map((p) => verdictFill[row[p]])]),
    style: "TableStyleLight1",
  };
}

/** The key to the matrix colours, written beside it. */
export function legendContent(): TableContent {
  return {
    header: ["verdict"],
    rows: VERDICTS.map((v) => [VERDICT_LABELS[v]]),
    fills: VERDICTS.map((v) => [verdictFill[v]]),
    style: "",
  };
}

/** A table needs at least one data row; an empty answer keeps one blank row under the header. */
export function withAtLeastOneRow(content: TableContent): TableContent {
  return content.rows.length > 0 ? content : { ...content, rows: [content.header.map(() => "")], fills: undefined };
}
