// Writes the OpenAPI document exactly as the Worker serves it (GET /openapi.json), for linting:
// the app is bundled as wrangler bundles it (TSV, the dataset pack and the built document as text)
// and asked in-process. Run after npm run build:worker, which writes the document it serves.
// Usage: node worker/scripts/dump-openapi.mjs <out.json> [origin]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const [out, origin = "https://exo-bone.example"] = process.argv.slice(2);
if (!out) throw new Error("Usage: node worker/scripts/dump-openapi.mjs <out.json> [origin]");

const work = mkdtempSync(join(tmpdir(), "exo-bone-openapi-"));
try {
  const bundle = join(work, "app.mjs");
  await build({
    entryPoints: [join(root, "worker", "src", "app.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    loader: { ".tsv": "text", ".pack": "text", ".txt": "text" },
    outfile: bundle,
    logLevel: "error",
  });
  const { default: app } = await import(pathToFileURL(bundle).href);
  const response = await app.request(`${origin}/openapi.json`);
  if (response.status !== 200) throw new Error(`GET /openapi.json answered ${response.status}: ${await response.text()}`);
  mkdirSync(dirname(join(process.cwd(), out)), { recursive: true });
  writeFileSync(out, `${JSON.stringify(await response.json(), null, 2)}\n`);
  console.log(`Wrote the served OpenAPI document to ${out}.`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
