/**
 * npm run build:openapi — generates the OpenAPI document from the app's zod routes, as GET
 * /openapi.json serves it, and writes it to build/openapi.txt: the Text module the Worker serves
 * (routes/built-document.ts), so no isolate runs the generator. The app is bundled as wrangler
 * bundles it (the same zod, the data as text) and asked in-process. Runs after build:dataset (the
 * app imports build/dataset.pack). Generated, never committed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import type { describeApp as DescribeApp } from "../src/routes/openapi-document";

const root = new URL("../..", import.meta.url).pathname;
const outFile = process.env.EXO_OPENAPI_OUT ?? join(root, "build", "openapi.txt");

// The document being built is no input to itself: in this bundle the app's built document is
// empty, and nothing reads it (no request is served here).
const documentBeingBuilt: Plugin = {
  name: "document-being-built",
  setup(b) {
    b.onResolve({ filter: /\/build\/openapi\.txt$/ }, () => ({ path: "openapi.txt", namespace: "being-built" }));
    b.onLoad({ filter: /.*/, namespace: "being-built" }, () => ({ contents: 'export default "";', loader: "js" }));
  },
};

// wrangler.jsonc "alias": the zod the Worker is built with (exactly `zod`; zod's own `zod/v4` stays).
const workerZod: Plugin = {
  name: "worker-zod",
  setup(b) {
    b.onResolve({ filter: /^zod$/ }, () => ({ path: join(root, "worker", "build", "zod", "index.ts") }));
  },
};

const work = mkdtempSync(join(tmpdir(), "exo-bone-openapi-"));
try {
  const bundle = join(work, "describe.mjs");
  await build({
    stdin: {
      contents:
        'export { default as app } from "./worker/src/app"; export { describeApp, ORIGIN_SLOT } from "./worker/src/routes/openapi-document";',
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    // wrangler.jsonc "rules": the data as text.
    loader: { ".tsv": "text", ".pack": "text" },
    plugins: [workerZod, documentBeingBuilt],
    outfile: bundle,
    logLevel: "error",
  });
  const { app, describeApp, ORIGIN_SLOT } = (await import(pathToFileURL(bundle).href)) as {
    app: Parameters<typeof DescribeApp>[0];
    describeApp: typeof DescribeApp;
    ORIGIN_SLOT: string;
  };
  const text = JSON.stringify(describeApp(app, ORIGIN_SLOT));
  const slots = text.split(JSON.stringify(ORIGIN_SLOT)).length - 1;
  if (slots !== 1) throw new Error(`the document names ${ORIGIN_SLOT} ${slots} times; only servers[0].url may`);
  mkdirSync(join(outFile, ".."), { recursive: true });
  writeFileSync(outFile, text);
  console.log(`build:openapi: ${Object.keys(JSON.parse(text).paths).length} paths, ${text.length} characters → ${relative(root, outFile)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
