/**
 * The Worker exactly as `wrangler deploy` would upload it (`--dry-run --outdir`), plus the
 * `bundle.capnp` that lists its modules for bench/workerd.capnp. The curated TSV files travel as
 * their own Text modules, so the same bundle can be served with other data (the synthetic growth
 * datasets) by pointing those module names at other files.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;

export const wranglerEnv = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };

/** Writes `bundle.capnp` in `dir`: the entry first (workerd's main module), then each .tsv as Text. */
function writeBundleCapnp(dir, modules) {
  const lines = modules.map(({ name, file }) => {
    const kind = name.endsWith(".tsv") ? "text" : "esModule";
    return `  (name = ${JSON.stringify(name)}, ${kind} = embed ${JSON.stringify(file)}),`;
  });
  const capnp = ["@0xb6d3c1e2a4f50718;", 'using Workerd = import "/workerd/workerd.capnp";', "const modules :List(Workerd.Worker.Module) = [", ...lines, "];", ""];
  writeFileSync(join(dir, "bundle.capnp"), capnp.join("\n"));
}

/** Builds the Worker into `outdir` and describes it: its modules and their size, raw and gzipped. */
export function buildWorker(outdir) {
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", outdir], { cwd: root, env: wranglerEnv, stdio: "pipe" });
  const names = readdirSync(outdir).filter((f) => f.endsWith(".tsv"));
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
 * The built Worker in a new folder `dir` with each TSV module's content taken from `dataDir`
 * (module names as wrangler gave them, e.g. `<sha1>-findings.tsv`): same code, other data.
 */
export function withData(bundle, dataDir, dir) {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(bundle.outdir, "index.js"), join(dir, "index.js"));
  const modules = bundle.modules.map((name) => {
    if (!name.endsWith(".tsv")) return { name, file: name };
    const file = name.replace(/^[0-9a-f]+-/, "");
    copyFileSync(join(dataDir, file), join(dir, file));
    return { name, file };
  });
  writeBundleCapnp(dir, modules);
  return dir;
}
