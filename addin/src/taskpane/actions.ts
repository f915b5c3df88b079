import { MAX_FINDINGS_LIMIT, PROCESSES } from "../../../worker/src/contract";
import { supportsTableResize } from "../shared/requirements";
import { type Api, answers, read } from "./api";
import { exceptionText, findingsContent, legendContent, matrixContent, type TableContent } from "./excel/content";
import { type FormulaOutcome, writeFormulaAtSelection } from "./excel/formula";
import { type InsertOutcome, type InsertRequest, insertAtSelection, insertOnNewSheet } from "./excel/insert";
import { type Answer, type RefreshOutcome, refreshTables } from "./excel/refresh";
import { forgetTable, readSavedTables, rememberTable, type SavedQuery, type SavedTable, writeSavedTables } from "./excel/saved";
import { writtenOf } from "./excel/written";
import { captionText } from "./provenance";
import { csvUrl, type FindingsQuery, findingsPath, queryWords } from "./query";
import type { DatasetInfo, Finding, ListAnswer, MatrixRow } from "./types";

/** What the pane's Excel actions need: the service, its origin (for the URLs in captions) and the dataset's description. */
export interface Service {
  api: Api;
  origin: string;
  info: DatasetInfo;
}

/** Every finding a query matches, page by page, with the dataset version that answered. `fresh` skips the cache, as a refresh must. */
export async function allFindings(api: Api, query: FindingsQuery, fresh = false): Promise<ListAnswer<Finding>> {
  const rows: Finding[] = [];
  for (let offset = 0; ; offset += MAX_FINDINGS_LIMIT) {
    const page = await read(api, findingsPath(query, { limit: MAX_FINDINGS_LIMIT, offset }), answers.findings, { fresh });
    rows.push(...page.data);
    if (page.data.length === 0 || rows.length >= page.meta.total) return { data: rows, meta: { ...page.meta, total: rows.length } };
  }
}

export const matrixPath = (basis: string): string => `/v1/matrix?basis=${encodeURIComponent(basis)}`;

/**
 * Each source's verdict exceptions, as cell text, from /v1/effect (the matrix gives verdicts only):
 * one request per source × process, answered from the client's cache after the first time.
 */
async function exceptionsOf(api: Api, rows: readonly MatrixRow[], basis: string, fresh: boolean): Promise<Map<string, string[]>> {
  const pairs = rows.flatMap((row) => PROCESSES.map((process) => [row.source, process] as const));
  const effects = await Promise.all(
    pairs.map(([source, process]) => read(api, `/v1/effect?${new URLSearchParams({ source, process, basis })}`, answers.effect, { fresh })),
  );
  const found = new Map<string, string[]>();
  effects.forEach((effect, i) => {
    const [source, process] = pairs[i]!;
    for (const exception of effect.exceptions) found.set(source, [...(found.get(source) ?? []), exceptionText(process, exception)]);
  });
  return found;
}

const urlOf = (origin: string, saved: SavedQuery) =>
  saved.kind === "matrix" ? new URL(`${matrixPath(saved.basis)}&format=csv`, origin).href : csvUrl(origin, saved.query);

/** What a saved query's table holds now, with the caption that says where it came from. */
export async function answerOf(service: Service, saved: SavedQuery, fresh = false): Promise<Answer> {
  const { api, origin, info } = service;
  let content: TableContent;
  let dataset: string;
  if (saved.kind === "matrix") {
    const answer = await read(api, matrixPath(saved.basis), answers.matrix, { fresh });
    [content, dataset] = [matrixContent(answer.data, await exceptionsOf(api, answer.data, saved.basis, fresh)), answer.meta.dataset];
  } else {
    const answer = await allFindings(api, saved.query, fresh);
    [content, dataset] = [findingsContent(answer.data, saved.columns), answer.meta.dataset];
  }
  return { content, caption: captionText(info, { dataset, url: urlOf(origin, saved), retrieved: new Date() }) };
}

function insertRequest(saved: SavedQuery, answer: Answer): InsertRequest {
  const { content, caption } = answer;
  return saved.kind === "matrix"
    ? { content, caption, nameWords: ["matrix", saved.basis], aside: legendContent() }
    : { content, caption, nameWords: queryWords(saved.query) };
}

/** Inserts a query's table at the selection or on a new sheet, and saves the query (and what was written) with the workbook. */
export function insertTable(saved: SavedQuery, answer: Answer, where: "selection" | "new sheet"): Promise<InsertOutcome> {
  return Excel.run(async (context) => {
    const request = insertRequest(saved, answer);
    const outcome =
      where === "selection"
        ? await insertAtSelection(context, request)
        : await insertOnNewSheet(context, request, saved.kind === "matrix" ? "EXO matrix" : "EXO findings");
    if (outcome.kind === "inserted")
      await rememberTable(context, { ...outcome.table, query: saved, written: writtenOf(answer.content, answer.caption) });
    return outcome;
  });
}

export const insertFormula = (formula: string): Promise<FormulaOutcome> =>
  Excel.run((context) => writeFormulaAtSelection(context, formula));

export const savedTables = (): Promise<SavedTable[]> => Excel.run(readSavedTables);

/** Re-runs the saved queries of `ids` (every table when none given), then rewrites the tables that can take the answer. */
export async function refresh(service: Service, ids?: readonly string[]): Promise<RefreshOutcome[]> {
  // The manifest does not require ExcelApi 1.13, so that older Excel builds still get the functions and Insert.
  if (!supportsTableResize()) {
    throw new Error(
      "Refresh rewrites a table in place, which needs a newer Excel (ExcelApi 1.13). Update Excel, or delete the table and insert the query again.",
    );
  }
  const saved = await savedTables();
  const chosen = ids ? saved.filter((table) => ids.includes(table.id)) : saved;
  const answers = await Promise.all(
    chosen.map(
      async (table) =>
        [
          table.id,
          await answerOf(service, table.query, true).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
        ] as const,
    ),
  );
  return Excel.run(async (context) => {
    const result = await refreshTables(context, await readSavedTables(context), new Map(answers));
    writeSavedTables(context, result.saved);
    await context.sync();
    return result.outcomes;
  });
}

/** Shows a table: its sheet, with the table selected. */
export const goToTable = (id: string): Promise<boolean> =>
  Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(id).load("id");
    await context.sync();
    if (table.isNullObject) return false;
    table.worksheet.activate();
    table.getRange().select();
    await context.sync();
    return true;
  });

export const stopTracking = (id: string): Promise<void> => Excel.run((context) => forgetTable(context, id));
