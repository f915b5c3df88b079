import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataFile, DataFiles } from "../worker/src/dataset/dataset";

/** Reads a folder of curated files from disk (for Node tools and tests; the Worker embeds them). */
export function readDataFolder(folder: string): { files: DataFiles; descriptor: unknown } {
  const read = (name: DataFile) => readFileSync(join(folder, name), "utf8");
  const files: DataFiles = {
    "sources.tsv": read("sources.tsv"),
    "cell_lines.tsv": read("cell_lines.tsv"),
    "molecules.tsv": read("molecules.tsv"),
    "targets.tsv": read("targets.tsv"),
    "references.tsv": read("references.tsv"),
    "findings.tsv": read("findings.tsv"),
    "verdicts.tsv": read("verdicts.tsv"),
    "retired.tsv": read("retired.tsv"),
  };
  return { files, descriptor: JSON.parse(readFileSync(join(folder, "datapackage.json"), "utf8")) };
}
