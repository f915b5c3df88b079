import { join } from "node:path";
import { build } from "esbuild";

/**
 * Browsers Excel runs add-ins in: Edge WebView2, Safari's WKWebView on Mac (Safari 15, macOS 12),
 * and current browsers for Excel on the web. esbuild lowers syntax for these but adds no
 * polyfills, so the bundles must not call APIs they lack (build.test.ts scans for them).
 */
const targets = ["es2022", "chrome100", "edge100", "safari15", "firefox100"];

/**
 * Bundles each entry as an ES module. Code shared by entries (the client above all) goes into one
 * chunk that every entry imports, so on the shared page it is one module instance: one batch
 * queue and one cache for the functions and the task pane. Returns esbuild's metafile: the files
 * written (`outputs`) and every source file bundled (`inputs`).
 */
export async function bundle(srcDir, entries, outDir) {
  const result = await build({
    entryPoints: Object.fromEntries(entries.map((name) => [name, join(srcDir, name, "index.ts")])),
    outdir: outDir,
    bundle: true,
    format: "esm",
    splitting: true,
    platform: "browser",
    target: targets,
    minify: true,
    sourcemap: "linked",
    chunkNames: "chunks/[name]-[hash]",
    assetNames: "assets/[name]-[hash]",
    loader: { ".png": "file", ".svg": "file", ".woff2": "file" },
    metafile: true,
    logLevel: "warning",
  });
  if (result.errors.length > 0) throw new Error(`esbuild reported ${result.errors.length} error(s).`);
  return result.metafile;
}
