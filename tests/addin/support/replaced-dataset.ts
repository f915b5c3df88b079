// The dataset as the loader gives it, with replacements written into a copy of data/retired.tsv:
// today no retired finding has one (every replaced_by cell is blank), yet the Worker and the
// functions must say where a claim went once one does.
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDataFolder } from "../../../data/read-folder";
import { loadDataset } from "../../../worker/src/dataset/load";
import { dataFolder, lines, setField } from "../../data/broken-copy";

const current = lines("findings.tsv")
  .slice(1)
  .map((line) => line.split("\t")[0]!);
const retiredIds = lines("retired.tsv")
  .slice(1)
  .map((line) => line.split("\t")[0]!);

/** retired id → the current finding ids written as its replaced_by: two for the first, one for the second. */
export const replacements = new Map<string, string[]>([
  [retiredIds[0]!, [current[0]!, current[1]!]],
  [retiredIds[1]!, [current[2]!]],
]);

const folder = mkdtempSync(join(tmpdir(), "exo-bone-replaced-"));
cpSync(dataFolder, folder, { recursive: true });
let retired = lines("retired.tsv");
[...replacements.values()].forEach((ids, i) => {
  retired = setField(retired, i + 2, "replaced_by", ids.join("|"));
});
writeFileSync(join(folder, "retired.tsv"), `${retired.join("\n")}\n`);
const { files, descriptor } = readDataFolder(folder);

/** Loaded (and so validated) by the real loader. */
export const replacedDataset = loadDataset(files, descriptor);
