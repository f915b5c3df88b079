/**
 * npm run build:dataset — validates the curated files with the same zod checks the loader runs
 * (a problem fails the build with `file:line: column: problem`), builds the indexes, and writes
 * them with a build id to build/dataset.pack: the module the Worker imports ready to answer, so
 * no isolate parses, validates or indexes anything. Generated, never committed.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { readDataFolder } from "../../data/read-folder";
import { DatasetError, loadDataset } from "../src/dataset/load";
import { pack } from "../src/dataset/packed";

const root = new URL("../..", import.meta.url).pathname;
const dataDir = process.env.EXO_DATA_DIR ?? join(root, "data");
const outFile = process.env.EXO_DATASET_OUT ?? join(root, "build", "dataset.pack");

/** Every file under `path`, sorted, so the build id does not depend on directory order. */
function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/**
 * What the Worker is built from: its code, the data, the locked dependencies and the config.
 * It joins every ETag, so a deploy that changes any of them never revalidates into a stale body.
 */
function buildId(): string {
  const hash = createHash("sha256");
  for (const file of ["worker", "data", "package-lock.json", "wrangler.jsonc"].flatMap((p) => files(join(root, p)))) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  if (dataDir !== join(root, "data")) for (const file of files(dataDir)) hash.update(readFileSync(file));
  return hash.digest("hex").slice(0, 12);
}

try {
  const { files: tables, descriptor } = readDataFolder(dataDir);
  const dataset = loadDataset(tables, descriptor);
  mkdirSync(join(outFile, ".."), { recursive: true });
  writeFileSync(outFile, pack({ build: buildId(), dataset }));
  console.log(`build:dataset: ${dataset.findings.length} findings, dataset ${dataset.version} → ${relative(root, outFile)}`);
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.problems.join("\n"));
  console.error(`build:dataset: ${error.problems.length} problem(s) in ${relative(root, dataDir) || dataDir}; fix them and build again.`);
  process.exit(1);
}
