/**
 * The Worker exactly as `wrangler deploy` would upload it (`--dry-run --outdir`), plus the
 * `bundle.capnp` that lists its modules for bench/workerd.capnp. The packed dataset
 * (build/dataset.pack, and any TSV a route serves raw) travels as its own Text module, as does the
 * OpenAPI document built with the code (build/openapi.txt), so the same
 * bundle can be served with other data (the synthetic growth datasets) by pointing those module
 * names at other files.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;

export const wranglerEnv = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };

const isText = (name) => /\.(tsv|pack|txt)$/.test(name);

/** Writes `bundle.capnp` in `dir`: the entry first (workerd's main module), then each text module. */
export function writeBundleCapnp(dir, modules) {
  const lines = modules.map(({ name, file }) => {
    const kind = isText(name) ? "text" : "esModule";
    return `  (name = ${JSON.stringify(name)}, ${kind} = embed ${JSON.stringify(file)}),`;
  });
  const capnp = [
    "@0xb6d3c1e2a4f50718;",
    'using Workerd = import "/workerd/workerd.capnp";',
    "const modules :List(Workerd.Worker.Module) = [",
    ...lines,
    "];",
    "",
  ];
  writeFileSync(join(dir, "bundle.capnp"), capnp.join("\n"));
}

/** Builds the Worker into `outdir` and describes it: its modules and their size, raw and gzipped. */
export function buildWorker(outdir) {
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { cwd: root, env: wranglerEnv, stdio: "pipe" });
  const names = readdirSync(outdir).filter(isText);
  const modules = [{ name: "index.js", file: "index.js" }, ...names.map((name) => ({ name, file: name }))];
  writeBundleCapnp(outdir, modules);
  const bytes = (f) => readFileSync(join(outdir, f));
  return {
    outdir,
    modules: modules.map((m) => m.name),
    bytes: modules.reduce((sum, m) => sum + bytes(m.file).length, 0),
    gzipBytes: modules.reduce((sum, m) => sum + gzipSync(bytes(m.file), { level: 9 }).length, 0),
  };
}

/**
 * The built Worker in a new folder `dir` with its data taken from `dataDir` (module names as
 * wrangler gave them, e.g. `<sha1>-dataset.pack`): the dataset packed from that folder by the same
 * build step (npm run build:dataset), each TSV module copied from it; the OpenAPI document, which
 * the code gives, copied from the bundle. Same code, other data.
 */
export function withData(bundle, dataDir, dir) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(bundle.outdir, "index.js"), join(dir, "index.js"));
  const modules = bundle.modules.map((name) => {
    if (!isText(name)) return { name, file: name };
    const file = name.replace(/^[0-9a-f]+-/, "");
    if (file.endsWith(".pack")) {
      const env = { ...process.env, EXO_DATA_DIR: dataDir, EXO_DATASET_OUT: join(dir, file) };
      execFileSync(process.execPath, ["--import", "tsx", "worker/build/dataset.ts"], { cwd: root, env, stdio: "pipe" });
    } else if (file.endsWith(".txt")) copyFileSync(join(bundle.outdir, name), join(dir, file));
    else copyFileSync(join(dataDir, file), join(dir, file));
    return { name, file };
  });
  writeBundleCapnp(dir, modules);
  return dir;
}
