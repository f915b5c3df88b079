/**
 * Workers that hold one part of exo-bone and nothing else, as bundle folders for the cold start
 * comparison: what that part alone costs a fresh isolate, measured beside exo-bone.
 * - dataWorker: exo-bone's packed dataset (the same build/dataset.pack as a Text module, unpacked
 *   by the Worker's own unpack in worker/src/dataset/packed.ts) and a constant /healthz-like
 *   answer; no Hono, no zod, no routes, no free-text index.
 * - frameworkWorker: the libraries exo-bone is built on (Hono with @hono/zod-openapi and zod's
 *   classic API, trimmed as the Worker bundle trims it) with one /healthz route declared as exo-bone
 *   declares its routes; no data and none of exo-bone's own code.
 */
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { writeBundleCapnp } from "./worker-bundle.mjs";

const root = new URL("..", import.meta.url).pathname;

/** esbuild as wrangler runs it for this Worker: minified, no keep_names, zod aliased (wrangler.jsonc). */
async function bundle(dir, contents, plugins = []) {
  mkdirSync(dir, { recursive: true });
  await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["workerd", "worker", "browser"],
    minify: true,
    outfile: join(dir, "index.js"),
    logLevel: "error",
    plugins: [
      { name: "zod", setup: (b) => b.onResolve({ filter: /^zod$/ }, () => ({ path: join(root, "worker/build/zod/index.ts") })) },
      ...plugins,
    ],
  });
}

const unpackAt = {
  start: `const data = unpack(packed);
export default { fetch: () => answer(data) };`,
  "first request": `let data;
export default { fetch: () => answer((data ??= unpack(packed))) };`,
};

/** Unpacks the dataset at `when` ("start" or "first request"); `npm run build:dataset` first. */
export async function dataWorker(dir, when) {
  await bundle(
    dir,
    `import packed from "./build/dataset.pack";
import { unpack } from "./worker/src/dataset/packed";
const answer = (data) => new Response(JSON.stringify({ status: "ok", dataset: data.dataset.version }), { headers: { "content-type": "application/json" } });
${unpackAt[when]}`,
    // The pack stays a Text module, as wrangler ships it.
    [{ name: "pack", setup: (b) => b.onResolve({ filter: /\.pack$/ }, () => ({ path: "./dataset.pack", external: true })) }],
  );
  copyFileSync(join(root, "build", "dataset.pack"), join(dir, "dataset.pack"));
  writeBundleCapnp(dir, [
    { name: "index.js", file: "index.js" },
    { name: "dataset.pack", file: "dataset.pack" },
  ]);
  return dir;
}

/** Hono, @hono/zod-openapi and zod with one route: /healthz, its answer described by a zod schema. */
export async function frameworkWorker(dir) {
  await bundle(
    dir,
    `import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
const Health = z.object({ status: z.string() }).openapi("Health");
const route = createRoute({
  method: "get",
  path: "/healthz",
  responses: { 200: { description: "ok", content: { "application/json": { schema: Health } } } },
});
export default new OpenAPIHono().openapi(route, (c) => c.json({ status: "ok" }, 200));`,
  );
  writeBundleCapnp(dir, [{ name: "index.js", file: "index.js" }]);
  return dir;
}
