/**
 * Cold start: a fresh workerd process per run, timed from spawn to listening and to the first
 * answer, with the CPU workerd spent starting (compiling and evaluating the bundle, which also
 * unpacks the dataset) and on its first request, read from /proc. The same for a Worker that
 * only answers /healthz with a constant, in alternating runs: the runtime's own floor.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { spread } from "./stats.mjs";
import { writeBundleCapnp } from "./worker-bundle.mjs";
import { processCpuMs, startWorkerd } from "./workerd.mjs";

async function timedGet(url, pid) {
  const started = performance.now();
  const cpuBefore = processCpuMs(pid);
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return { ms: performance.now() - started, cpuMs: processCpuMs(pid) - cpuBefore };
}

/** A Worker that answers every request with {"status":"ok"} and does nothing else, as a bundle folder. */
export function minimalWorker(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "index.js"),
    `export default { fetch: () => new Response('{"status":"ok"}', { headers: { "content-type": "application/json" } }) };\n`,
  );
  writeBundleCapnp(dir, [{ name: "index.js", file: "index.js" }]);
  return dir;
}

async function once(bundleDir, port) {
  const started = performance.now();
  const server = await startWorkerd(bundleDir, port, { untouched: true });
  try {
    const startupCpuMs = processCpuMs(server.pid);
    const first = await timedGet(`${server.url}/healthz`, server.pid);
    const firstAnswerMs = performance.now() - started;
    const warm = await timedGet(`${server.url}/healthz`, server.pid);
    return {
      listeningMs: server.listeningMs,
      firstAnswerMs,
      firstRequestMs: first.ms,
      startupCpuMs,
      firstRequestCpuMs: first.cpuMs,
      warmRequestMs: warm.ms,
      warmRequestCpuMs: warm.cpuMs,
    };
  } finally {
    await server.stop();
  }
}

const summarise = (samples) => Object.fromEntries(Object.keys(samples[0]).map((key) => [key, spread(samples.map((s) => s[key]))]));

/**
 * `baselineDir`: a bundle folder measured in alternating runs beside `bundleDir` (minimalWorker);
 * `others`: more bundle folders by name (dataWorker), measured in the same rotation, each also as
 * a ratio to the baseline of its run.
 */
export async function coldStart(bundleDir, port, { runs = 5, baselineDir, others = {} } = {}) {
  const samples = [];
  const baseline = [];
  const otherSamples = Object.fromEntries(Object.keys(others).map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    samples.push(await once(bundleDir, port));
    if (baselineDir) baseline.push(await once(baselineDir, port));
    for (const [name, dir] of Object.entries(others)) otherSamples[name].push(await once(dir, port));
  }
  if (!baselineDir) return { runs, ...summarise(samples) };
  const toBaseline = (own) => ({ ratioToBaseline: spread(own.map((s, i) => s.firstAnswerMs / baseline[i].firstAnswerMs)) });
  return {
    runs,
    ...summarise(samples),
    baseline: summarise(baseline),
    ...toBaseline(samples),
    others: Object.fromEntries(Object.entries(otherSamples).map(([name, own]) => [name, { ...summarise(own), ...toBaseline(own) }])),
  };
}
