/**
 * One probe of bench/request-cost.mjs, in a process of its own: loads the production bundle
 * (wrangler deploy --dry-run) in Node, as workerd would run it, and measures one request. Prints
 * JSON. Run: node --import ./bench/text-modules.mjs --expose-gc --max-semi-space-size=64
 *            bench/request-cost-probe.mjs <bundle dir>   (the probe as JSON on stdin)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const [bundleDir] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(0, "utf8"));
const ctx = { waitUntil() {}, passThroughOnException() {} };
const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

// Node loads its fetch classes on first use; a Worker runtime has them ready. Load them first.
await new Response(new Request("http://warm.test/", { method: "POST", body: "{}" }).body).text();

const toRequest = ({ method = "GET", path, body, headers }) =>
  new Request(`https://exo-bone.test${path}`, {
    method,
    body,
    headers: body ? { "content-type": "application/json", ...headers } : headers,
  });

async function send(worker, request) {
  const response = await worker.fetch(toRequest(request), {}, ctx);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { status: response.status, bytes };
}

const importStarted = process.cpuUsage();
const { default: worker } = await import(pathToFileURL(join(bundleDir, "index.js")).href);
const importCpuMs = cpuMs(importStarted);

if (spec.fresh) {
  // The first request this isolate serves: it unpacks the dataset and builds the router.
  const started = process.cpuUsage();
  const answer = await send(worker, spec.request);
  console.log(JSON.stringify({ importCpuMs, cpuMs: cpuMs(started), ...answer }));
} else {
  // JIT-warm the same code with other arguments (other cache keys), so the measured request is
  // the first of its kind for the caches but not for the compiler.
  for (let round = 0; round < 5; round++) for (const request of spec.warm) await send(worker, request);
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.cpuUsage();
  const answer = await send(worker, spec.request);
  const firstCpuMs = cpuMs(started);
  const heapMB = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const repeats = 20;
  const again = process.cpuUsage();
  for (let i = 0; i < repeats; i++) await send(worker, spec.request);
  console.log(JSON.stringify({ cpuMs: firstCpuMs, repeatedCpuMs: cpuMs(again) / repeats, heapMB, ...answer }));
}
