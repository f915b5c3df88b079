// npm run build: the Excel add-in as static files in dist/addin, which the Worker serves.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { manifestOrigin } from "../worker/src/contract/manifest-origin.mjs";
import { iconPng, iconSizes } from "./assets/icon.mjs";
import { bundle } from "./build/bundle.mjs";
import { copyDataFiles } from "./build/data-files.mjs";
import { findEntries } from "./build/entries.mjs";
import { headersFile } from "./build/headers.mjs";
import { functionsJson } from "./build/metadata.mjs";
import { renderPage } from "./build/page.mjs";
import { publish } from "./build/publish.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const srcDir = join(root, "addin", "src");
const outDir = join(root, "dist", "addin");

/** Where the functions' help links point: EXO_ORIGIN (set it when deploying), else the dev origin. */
function helpOriginOf(devOrigin) {
  const wanted = process.env.EXO_ORIGIN?.trim();
  if (!wanted) return devOrigin;
  const url = new URL(wanted);
  if (url.protocol !== "https:") throw new Error(`EXO_ORIGIN must be an https origin such as https://exo-bone.example.workers.dev, not ${wanted}.`);
  return url.origin;
}

async function main() {
  mkdirSync(join(root, "dist"), { recursive: true });
  const work = mkdtempSync(join(root, "dist", ".addin-build-"));
  try {
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    const devOrigin = manifestOrigin(manifest);
    const entries = findEntries(srcDir);
    const outputs = Object.keys((await bundle(srcDir, entries, work)).outputs).map((file) => relative(work, join(root, file)));
    writeFileSync(join(work, "taskpane.html"), renderPage(readFileSync(join(srcDir, "shared", "taskpane.html"), "utf8"), entries, outputs));
    writeFileSync(join(work, "functions.json"), await functionsJson(join(srcDir, "functions", "functions.ts"), helpOriginOf(devOrigin), devOrigin));
    mkdirSync(join(work, "assets"), { recursive: true });
    for (const size of iconSizes) writeFileSync(join(work, "assets", `icon-${size}.png`), iconPng(size));
    writeFileSync(join(work, "_headers"), headersFile());
    copyDataFiles(join(root, "data"), work);
    // The Worker renders /manifest.xml from this copy for the origin a request arrives at.
    writeFileSync(join(work, "dev-manifest.xml"), manifest);
    const files = publish(work, outDir);
    console.log(`Built the add-in (${entries.join(", ")}) into ${relative(root, outDir)}: ${files.length} files.`);
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

main().catch((error) => {
  console.error(`Build failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
