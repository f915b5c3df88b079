import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One finding id retired from the dataset, and the 1.0.0 names (`molecule:` or `target:` + spelling) that resolved only through it. */
export interface Retired {
  id: string;
  retiredIn: string;
  reason: string;
  names: string[];
}

/** data/retired.tsv: ids that left findings.tsv (never reused), read as data so tests follow it. */
export const retired: Retired[] = readFileSync(join(import.meta.dirname, "../../data/retired.tsv"), "utf8")
  .replace(/\n+$/, "")
  .split("\n")
  .slice(1)
  .map((line) => {
    const [id = "", retiredIn = "", reason = "", names = ""] = line.split("\t");
    return { id, retiredIn, reason, names: names === "" ? [] : names.split("|") };
  });
