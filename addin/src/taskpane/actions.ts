import { MAX_FINDINGS_LIMIT } from "../../../worker/src/contract";
import { type Api, answers, read } from "./api";
import { findingsContent, legendContent, matrixContent, type TableContent } from "./excel/content";
import { type InsertOutcome, type InsertRequest, insertAtSelection, insertOnNewSheet } from "./excel/insert";
import { type RefreshOutcome, refreshTables } from "./excel/refresh";
import { readSavedTables, rememberTable, type SavedQuery, type SavedTable, writeSavedTables } from "./excel/saved";
import { type FindingsQuery, findingsPath, queryWords } from "./query";
import type { Finding } from "./types";


/** Every finding a query matches, page by page. `fresh` skips the cache, as a refresh must. */
export async function allFindings(api: Api, query: FindingsQuery, fresh = false): Promise<Finding[]> {
  const rows: Finding[] = [];
  for (let offset = 0; ; offset += MAX_FINDINGS_LIMIT) {
    const page = await read(api, findingsPath(query, { limit: MAX_FINDINGS_LIMIT, offset }), answers.findings, { fresh });
    rows.push(...page.data);
    if (page.data.length === 0 || rows.length >= page.meta.total) return rows;
  }
}

export const matrixPath = (basis: string): string => `/v1/matrix?basis=${encodeURIComponent(basis)}`;

/** What a saved query's table holds now. */
export async function contentOf(api: Api, saved: SavedQuery, fresh = false): Promise<TableContent> {
  if (saved.kind === "matrix") return matrixContent((await read(api, matrixPath(saved.basis), answers.matrix, { fresh })).data);
  return findingsContent(await allFindings(api, saved.query, fresh), saved.columns);
}

function insertRequest(saved: SavedQuery, content: TableContent): InsertRequest {
  return saved.kind === "matrix" ? { content, nameWords: ["matrix", saved.basis], aside: legendContent() } : { content, nameWords: queryWords(saved.query) };
}

/** Inserts a query's table at the selection or on a new sheet, and saves the query with the workbook. */
export function insertTable(saved: SavedQuery, content: TableContent, where: "selection" | "new sheet"): Promise<InsertOutcome> {
  return Excel.run(async (context) => {
    const request = insertRequest(saved, content);
    const outcome =
      where === "selection" ? await insertAtSelection(context, request) : await insertOnNewSheet(context, request, saved.kind === "matrix" ? "EXO matrix" : "EXO findings");
    if (outcome.kind === "inserted") await rememberTable(context, { ...outcome.table, query: saved });
    return outcome;
  });
}

export const savedTables = (): Promise<SavedTable[]> => Excel.run(readSavedTables);

/** Re-runs every saved query against the service, then rewrites the tables that can take the answer. */
export async function refreshAll(api: Api): Promise<RefreshOutcome[]> {
  const saved = await savedTables();
  const answers = await Promise.all(
    saved.map(async (table) => [table.id, await contentOf(api, table.query, true).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))))] as const),
  );
  return Excel.run(async (context) => {
    const result = await refreshTables(context, saved, new Map(answers));
    writeSavedTables(context, result.saved);
    await context.sync();
    return result.outcomes;
  });
}
