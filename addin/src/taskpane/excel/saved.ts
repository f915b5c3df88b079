import { type FindingColumn, orderedColumns } from "../columns";
import type { FindingsQuery } from "../query";
import { parseWritten, type Written } from "./written";

/** The document setting that holds the query behind every table the pane inserted. */
export const SAVED_TABLES_KEY = "exo-bone.tables";

export type SavedQuery = { kind: "findings"; query: FindingsQuery; columns: FindingColumn[] } | { kind: "matrix"; basis: string };

/** A table the pane inserted: found again by its id (which survives a rename), refreshed from its query. */
export interface SavedTable {
  id: string;
  name: string;
  query: SavedQuery;
  /** What the pane last wrote there, so Refresh can tell its own cells from a user's edits. */
  written?: Written;
}

const isText = (value: unknown): value is string => typeof value === "string";
const optionalText = (value: unknown): string | undefined => (isText(value) && value !== "" ? value : undefined);

/** Reads back what an earlier session saved; an entry that no longer makes sense is left out, not guessed at. */
function parseQuery(raw: unknown): SavedQuery | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const saved = raw as Record<string, unknown>;
  if (saved.kind === "matrix" && isText(saved.basis)) return { kind: "matrix", basis: saved.basis };
  if (saved.kind !== "findings" || typeof saved.query !== "object" || saved.query === null || !Array.isArray(saved.columns))
    return undefined;
  const query = saved.query as Record<string, unknown>;
  const columns = orderedColumns(saved.columns.filter(isText));
  if (!Array.isArray(query.sources) || columns.length === 0) return undefined;
  return {
    kind: "findings",
    query: {
      sources: query.sources.filter(isText),
      process: optionalText(query.process),
      direction: optionalText(query.direction),
      type: optionalText(query.type),
      q: optionalText(query.q),
    },
    columns,
  };
}

export function parseSavedTables(json: unknown): SavedTable[] {
  let raw: unknown;
  try {
    raw = isText(json) ? JSON.parse(json) : json;
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: Record<string, unknown>) => {
    const query = parseQuery(entry?.query);
    if (!query || !isText(entry.id) || !isText(entry.name)) return [];
    const written = parseWritten(entry.written);
    return [written ? { id: entry.id, name: entry.name, query, written } : { id: entry.id, name: entry.name, query }];
  });
}

export async function readSavedTables(context: Excel.RequestContext): Promise<SavedTable[]> {
  const setting = context.workbook.settings.getItemOrNullObject(SAVED_TABLES_KEY);
  setting.load("value");
  await context.sync();
  return setting.isNullObject ? [] : parseSavedTables(setting.value);
}

/** Queues the write; it lands with the caller's next sync and is saved with the workbook. */
export function writeSavedTables(context: Excel.RequestContext, tables: readonly SavedTable[]): void {
  context.workbook.settings.add(SAVED_TABLES_KEY, JSON.stringify(tables));
}

/** Forgets a table's query: the table stays in the sheet as plain data the pane no longer refreshes. */
export async function forgetTable(context: Excel.RequestContext, id: string): Promise<void> {
  const tables = await readSavedTables(context);
  writeSavedTables(
    context,
    tables.filter((t) => t.id !== id),
  );
  await context.sync();
}

export async function rememberTable(context: Excel.RequestContext, table: SavedTable): Promise<void> {
  const tables = await readSavedTables(context);
  writeSavedTables(context, [...tables.filter((t) => t.id !== table.id), table]);
  await context.sync();
}
