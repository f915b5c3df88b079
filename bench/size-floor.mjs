/**
 * The floor for an answer's size: a single lookup that misses 0.95× /healthz may be paying for its
 * bytes, not its code. Each such route's answer size is measured, then a Worker with no code of its
 * own (`?bytes=N` gets a JSON string N bytes long, UTF-8 encoded once per N as exo-bone keeps its
 * answers; anything else {"status":"ok"}) is loaded the same way, answering as many bytes beside
 * its own small answer: the most any Worker reaches on this machine for an answer that large.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchApi } from "./api.mjs";
import { writeBundleCapnp } from "./worker-bundle.mjs";
import { startWorkerd } from "./workerd.mjs";

function sizedWorker(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "index.js"),
    `const made = new Map();
const body = (n) => made.get(n) ?? made.set(n, new TextEncoder().encode(\`"\${"x".repeat(Math.max(n - 2, 0))}"\`)).get(n);
export default {
  fetch(request) {
    const bytes = new URL(request.url).searchParams.get("bytes");
    return new Response(bytes === null ? '{"status":"ok"}' : body(Number(bytes)), { headers: { "content-type": "application/json" } });
  },
};
`,
  );
  writeBundleCapnp(dir, [{ name: "index.js", file: "index.js" }]);
  return dir;
}

/** The size of a route's answer body, as a client that asks for no compression gets it. */
async function bodyBytes(url, route) {
  const response = await fetch(url + route.path, {
    method: route.method,
    headers: { ...route.headers, "accept-encoding": "identity" },
    body: route.body,
  });
  return (await response.arrayBuffer()).byteLength;
}

/**
 * Adds `sizeFloor` ({bodyBytes, ratioToHealthz}) to each single lookup in `results` (benchApi's)
 * under 0.95×; `url` is the server those results came from, still running.
 */
export async function addSizeFloors(results, routes, url, { dir, port, rounds, seconds, connections, log }) {
  const slow = results.filter((r) => r.single && r.ratioToHealthz.median < 0.95);
  if (slow.length === 0) return;
  const sizes = new Map();
  for (const r of slow)
    sizes.set(
      r.name,
      await bodyBytes(
        url,
        routes.find((route) => route.name === r.name),
      ),
    );
  log(`answer-size floor for ${slow.map((r) => r.name).join(", ")}: a Worker with no code answering as many bytes`);
  const server = await startWorkerd(sizedWorker(dir), port);
  try {
    const floors = await benchApi(
      server.url,
      [{ name: "healthz", path: "/" }, ...slow.map((r) => ({ name: r.name, path: `/?bytes=${sizes.get(r.name)}` }))],
      { rounds, seconds, connections, log },
    );
    for (const r of slow)
      r.sizeFloor = { bodyBytes: sizes.get(r.name), ratioToHealthz: floors.find((f) => f.name === r.name).ratioToHealthz };
  } finally {
    await server.stop();
  }
}
