import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDataFolder } from "../../data/read-folder";
import { DatasetError, loadDataset } from "../../worker/src/dataset/load";

export const dataFolder = join(import.meta.dirname, "..", "..", "data");

/** The lines of a data file, header first. */
export const lines = (file: string): string[] => readFileSync(join(dataFolder, file), "utf8").replace(/\n+$/, "").split("\n");

/**
 * Copies data/ to a temp folder, lets `edit` rewrite one file's lines, loads the copy and returns
 * the problems the loader reported (empty when it loaded).
 */
export function problemsAfter(file: string, edit: (lines: string[]) => string[]): string[] {
  const folder = mkdtempSync(join(tmpdir(), "exo-bone-data-"));
  cpSync(dataFolder, folder, { recursive: true });
  writeFileSync(join(folder, file), `${edit(lines(file)).join("\n")}\n`);
  const { files, descriptor } = readDataFolder(folder);
  try {
    loadDataset(files, descriptor);
    return [];
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
}

/** Replaces one field on a line of the file (numbered from 1, the header), as an editor would. */
export function setField(lines: string[], line: number, column: string, value: string): string[] {
  const header = lines[0]!.split("\t");
  const cells = lines[line - 1]!.split("\t");
  cells[header.indexOf(column)] = value;
  return lines.map((text, i) => (i === line - 1 ? cells.join("\t") : text));
}

/** One field of a line of the file (numbered from 1, the header). */
export const field = (lines: string[], line: number, column: string): string =>
  lines[line - 1]!.split("\t")[lines[0]!.split("\t").indexOf(column)]!;
