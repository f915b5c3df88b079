import type { TableContent } from "./content";
import { cellPrint, rowPrint } from "./fingerprint";

/** What the pane last wrote into a table: the caption above it, the header, and each row by its key. */
export interface Written {
  caption: string;
  header: string;
  rows: [key: string, print: string][];
}

export function writtenOf(content: TableContent, caption: string): Written {
  return {
    caption: cellPrint(caption),
    header: rowPrint(content.header),
    rows: content.rows.map((row, i) => [content.keys[i] ?? String(i), rowPrint(row)]),
  };
}

/** Row keys (finding ids, source codes) that a new answer added, removed or changed against what was written. */
export interface Changes {
  added: string[];
  removed: string[];
  changed: string[];
}

export function changesBetween(before: Written, after: Written): Changes {
  const old = new Map(before.rows);
  const now = new Map(after.rows);
  return {
    added: [...now.keys()].filter((key) => !old.has(key)),
    removed: [...old.keys()].filter((key) => !now.has(key)),
    changed: [...now].filter(([key, print]) => old.has(key) && old.get(key) !== print).map(([key]) => key),
  };
}

const isText = (value: unknown): value is string => typeof value === "string";

/** Reads a record back from the settings; anything malformed is dropped rather than trusted. */
export function parseWritten(raw: unknown): Written | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const { caption, header, rows } = raw as Record<string, unknown>;
  if (!isText(caption) || !isText(header) || !Array.isArray(rows)) return undefined;
  const pairs = rows.filter((row): row is [string, string] => Array.isArray(row) && row.length === 2 && isText(row[0]) && isText(row[1]));
  return pairs.length === rows.length ? { caption, header, rows: pairs } : undefined;
}
