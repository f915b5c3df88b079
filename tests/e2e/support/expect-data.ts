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

/** The columns the pane offers ticked: the claim, its mechanism, citations and quote. */
export const DEFAULT_COLUMNS = ["id", "source", "process", "direction", "cargo", "targets", "recipient", "model", "citations", "quote"];
