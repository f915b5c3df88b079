import { readFileSync } from "node:fs";
import type { Finding, ListAnswer } from "../../../addin/src/taskpane/types";
import { ORIGIN } from "./origin";

/** JSON from the running Worker, as the truth the pane's output is checked against. */
export async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${ORIGIN}${path}`);
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  return (await response.json()) as T;
}

export const findings = async (query: string): Promise<ListAnswer<Finding>> => api<ListAnswer<Finding>>(`/v1/findings?${query}&limit=1000`);

/** A finding's cells as a table row, written out independently of the add-in: lists joined by "|". */
export const row = (finding: Finding, columns: readonly string[]): string[] =>
  columns.map((column) => {
    const value = finding[column as keyof Finding];
    return Array.isArray(value) ? value.join("|") : String(value);
  });

/**
 * The columns the pane offers ticked — the claim, its mechanism, citations, quote and its caveats
 * (the evidence columns and the curator's note) — in findings.tsv's order, for the columns the
 * data file has.
 */
const WANTED = new Set([
  "id",
  "source",
  "process",
  "direction",
  "cargo",
  "targets",
  "recipient",
  "model",
  "citations",
  "quote",
  "note",
  "direction_basis",
  "citation_given",
  "cargo_change",
]);
const fileColumns = readFileSync(new URL("../../../data/findings.tsv", import.meta.url), "utf8")
  .replace(/^\uFEFF/, "")
  .split(/\r?\n/, 1)[0]!
  .split("\t");
export const DEFAULT_COLUMNS = fileColumns.filter((column) => WANTED.has(column));

/** The letter of the column `offset` columns right of `start` (A → B for 1). */
export const columnAfter = (start: string, offset: number): string => {
  let n = [...start].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0) + offset;
  let letters = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
};

/** The last column of a default table whose first column is `start`. */
export const lastDefaultColumn = (start: string): string => columnAfter(start, DEFAULT_COLUMNS.length - 1);
