// npm run build: the Excel add-in as static files in dist/addin, which the Worker serves.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { iconPng, iconSizes } from "./assets/icon.mjs";
import { bundle } from "./build/bundle.mjs";
import { copyDataFiles } from "./build/data-files.mjs";
import { findEntries } from "./build/entries.mjs";
import { headersFile } from "./build/headers.mjs";
import { inspectManifest } from "./build/manifest-check.mjs";
import { functionsJson } from "./build/metadata.mjs";
import { renderPage } from "./build/page.mjs";
import { publish } from "./build/publish.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const srcDir = join(root, "addin", "src");
const outDir = join(root, "dist", "addin");
/** The files whose JSDoc declares the EXO.* functions, in the order functions.json lists them. */
const functionFiles = ["functions.ts", "record-functions.ts"];

async function main() {
  mkdirSync(join(root, "dist"), { recursive: true });
  const work = mkdtempSync(join(root, "dist", ".addin-build-"));
  try {
    const manifest = readFileSync(join(root, "manifest.xml"), "utf8");
    const release = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
    const { problems } = await inspectManifest(manifest, { release });
    if (problems.length > 0)
      throw new Error(`manifest.xml has ${problems.length} problem(s) (npm run validate explains):\n  - ${problems.join("\n  - ")}`);
    const entries = findEntries(srcDir);
    const outputs = Object.keys((await bundle(srcDir, entries, work)).outputs).map((file) => relative(work, join(root, file)));
    writeFileSync(join(work, "taskpane.html"), renderPage(readFileSync(join(srcDir, "shared", "taskpane.html"), "utf8"), entries, outputs));
    // The Worker serves these two at /functions.json and /manifest.xml, rewritten for the origin that serves them.
    writeFileSync(join(work, "dev-functions.json"), await functionsJson(functionFiles.map((file) => join(srcDir, "functions", file))));
    mkdirSync(join(work, "assets"), { recursive: true });
    for (const size of iconSizes) writeFileSync(join(work, "assets", `icon-${size}.png`), iconPng(size));
    writeFileSync(join(work, "_headers"), headersFile());
    copyDataFiles(join(root, "data"), work);
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
