/**
 * Cost per request. Each probe (bench/cost-probes.mjs) runs on a fresh workerd serving the
 * production bundle, `runs` times: CPU ms is the run time of every workerd thread (from /proc,
 * nanosecond resolution) while it answers that one request; answer bytes as sent. The measured
 * request misses the Worker's caches (its warm-up used other arguments); "repeated" is the same
 * request again, answered from them. Heap MB is what the request allocates, measured once per
 * probe by running the same bundle in Node (bench/request-cost-probe.mjs).
 */
import { execFileSync } from "node:child_process";
import { costProbes, freshProbes } from "./cost-probes.mjs";
import { spread } from "./stats.mjs";
import { processCpuMs, startWorkerd } from "./workerd.mjs";

const root = new URL("..", import.meta.url).pathname;

function heapProbe(bundleDir, spec) {
  const out = execFileSync(
    process.execPath,
    ["--import", "./bench/text-modules.mjs", "--expose-gc", "--max-semi-space-size=64", "bench/request-cost-probe.mjs", bundleDir],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 26, input: JSON.stringify(spec) },
  );
  return JSON.parse(out);
}

async function send(url, { method = "GET", path, body }) {
  const response = await fetch(url + path, { method, body, headers: body ? { "content-type": "application/json" } : {} });
  return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
}

/** CPU ms workerd spends on `request`: its threads' run time from before sending to the last byte. */
async function timed(server, request) {
  const before = processCpuMs(server.pid);
  const answer = await send(server.url, request);
  return { ...answer, cpuMs: processCpuMs(server.pid) - before };
}

async function workerdProbe(bundleDir, port, spec) {
  const server = await startWorkerd(bundleDir, port, { untouched: true });
  try {
    if (spec.fresh) return await timed(server, spec.request);
    for (let round = 0; round < 5; round++) for (const request of spec.warm) await send(server.url, request);
    const first = await timed(server, spec.request);
    const repeats = 10;
    const before = processCpuMs(server.pid);
    for (let i = 0; i < repeats; i++) await send(server.url, spec.request);
    return { ...first, repeatedCpuMs: (processCpuMs(server.pid) - before) / repeats };
  } finally {
    await server.stop();
  }
}

export async function requestCost(bundleDir, port, { runs = 3, log = () => {}, only } = {}) {
  const specs = [...freshProbes, ...costProbes()].filter((p) => !only || only.test(p.name));
  const rows = [];
  for (const spec of specs) {
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await workerdProbe(bundleDir, port, spec));
    const of = (key) => (samples[0][key] === undefined ? undefined : spread(samples.map((s) => s[key])));
    const row = {
      name: spec.name,
      group: spec.fresh ? "fresh" : spec.group,
      addin: Boolean(spec.addin),
      status: samples[0].status,
      bytes: samples[0].bytes,
      cpuMs: of("cpuMs"),
      repeatedCpuMs: of("repeatedCpuMs"),
      heapMB: spec.fresh ? undefined : heapProbe(bundleDir, spec).heapMB,
    };
    log(
      `  ${spec.name}: ${row.cpuMs.median.toFixed(2)} ms CPU (${row.cpuMs.min.toFixed(2)}–${row.cpuMs.max.toFixed(2)}), ${(row.bytes / 1024).toFixed(1)} KiB, status ${row.status}`,
    );
    rows.push(row);
  }
  return rows;
}
