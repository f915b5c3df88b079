import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type DataFiles, dataFiles } from "./dataset";

/** Reads a folder of curated files from disk (for Node tools and tests; the Worker embeds them). */
export function readDataFolder(folder: string): { files: DataFiles; descriptor: unknown } {
  const files = Object.fromEntries(dataFiles.map((name) => [name, readFileSync(join(folder, name), "utf8")])) as DataFiles;
  return { files, descriptor: JSON.parse(readFileSync(join(folder, "datapackage.json"), "utf8")) };
}
