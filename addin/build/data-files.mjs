import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The curated files as they are in the repository, served as static files beside the add-in:
 * /data/<table>.tsv and the Data Package descriptor at /data/datapackage.json (where its relative
 * resource paths resolve) and /datapackage.json.
 */
export function copyDataFiles(dataDir, outDir) {
  mkdirSync(join(outDir, "data"), { recursive: true });
  const files = readdirSync(dataDir).filter((name) => name.endsWith(".tsv") || name === "datapackage.json");
  for (const name of files) copyFileSync(join(dataDir, name), join(outDir, "data", name));
  copyFileSync(join(dataDir, "datapackage.json"), join(outDir, "datapackage.json"));
  return files;
}
