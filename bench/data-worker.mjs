/**
 * Workers that hold exo-bone's packed dataset and do nothing else, as bundle folders for the cold
 * start comparison: the same build/dataset.pack as a Text module, unpacked by the Worker's own
 * unpack (worker/src/dataset/packed.ts), and a constant /healthz-like answer. Without Hono, zod,
 * the routes or the free-text index, this is the least any Worker answering from this data does:
 * unpack it while it starts, or in its first request.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { writeBundleCapnp } from "./worker-bundle.mjs";

const root = new URL("..", import.meta.url).pathname;

const entries = {
  start: `const data = unpack(packed);
export default { fetch: () => answer(data) };`,
  "first request": `let data;
export default { fetch: () => answer((data ??= unpack(packed))) };`,
};

/** Unpacks the dataset at `when` ("start" or "first request"); `npm run build:dataset` first. */
export async function dataWorker(dir, when) {
  mkdirSync(dir, { recursive: true });
  await build({
    stdin: {
      contents: `import packed from "./build/dataset.pack";
import { unpack } from "./worker/src/dataset/packed";
const answer = (data) => new Response(JSON.stringify({ status: "ok", dataset: data.dataset.version }), { headers: { "content-type": "application/json" } });
${entries[when]}`,
      resolveDir: root,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    minify: true,
    outfile: join(dir, "index.js"),
    logLevel: "error",
    // The pack stays a Text module, as wrangler ships it.
    plugins: [{ name: "pack", setup: (b) => b.onResolve({ filter: /\.pack$/ }, () => ({ path: "./dataset.pack", external: true })) }],
  });
  copyFileSync(join(root, "build", "dataset.pack"), join(dir, "dataset.pack"));
  writeBundleCapnp(dir, [
    { name: "index.js", file: "index.js" },
    { name: "dataset.pack", file: "dataset.pack" },
  ]);
  return dir;
}
