import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One finding id retired from the dataset, and the 1.0.0 names (`molecule:` or `target:` + spelling) that resolved only through it. */
export interface Retired {
  id: string;
  retiredIn: string;
  reason: string;
  names: string[];
  /** Current finding ids that carry its claim (empty when none does). */
  replacedBy: string[];
}

const [header = "", ...rows] = readFileSync(join(import.meta.dirname, "../../data/retired.tsv"), "utf8")
  .replace(/\n+$/, "")
  .split("\n");

/** The header of data/retired.tsv, as written. */
export const retiredColumns = header.split("\t");

const listCell = (cell = "") => (cell === "" ? [] : cell.split("|"));

/** data/retired.tsv: ids that left findings.tsv (never reused), read as data so tests follow it. */
export const retired: Retired[] = rows.map((line) => {
  const cell = Object.fromEntries(line.split("\t").map((value, i) => [retiredColumns[i], value]));
  return {
    id: cell.id ?? "",
    retiredIn: cell.retired_in ?? "",
    reason: cell.reason ?? "",
    names: listCell(cell.names),
    replacedBy: listCell(cell.replaced_by),
  };
});
