/**
 * Cost per request: each probe (bench/cost-probes.mjs) runs in a fresh Node process over the
 * production bundle, `runs` times; CPU ms (user + system of the process during the request),
 * heap MB allocated, answer bytes. Node runs the same V8 as workerd; the numbers are per request
 * of one isolate, which is what the Workers plans limit.
 */
import { execFileSync } from "node:child_process";
import { costProbes, freshProbes } from "./cost-probes.mjs";
import { spread } from "./stats.mjs";

const root = new URL("..", import.meta.url).pathname;

function probe(bundleDir, spec) {
  const out = execFileSync(
    process.execPath,
    ["--import", "./bench/text-modules.mjs", "--expose-gc", "--max-semi-space-size=64", "bench/request-cost-probe.mjs", bundleDir],
    { cwd: root, encoding: "utf8", maxBuffer: 1 << 26, input: JSON.stringify(spec) },
  );
  return JSON.parse(out);
}

export function requestCost(bundleDir, { runs = 3, log = () => {}, only } = {}) {
  const specs = [...freshProbes, ...costProbes()].filter((p) => !only || only.test(p.name));
  return specs.map((spec) => {
    const samples = Array.from({ length: runs }, () => probe(bundleDir, spec));
    const of = (key) => (samples[0][key] === undefined ? undefined : spread(samples.map((s) => s[key])));
    const row = {
      name: spec.name,
      group: spec.fresh ? "fresh" : spec.group,
      addin: Boolean(spec.addin),
      status: samples[0].status,
      bytes: samples[0].bytes,
      cpuMs: of("cpuMs"),
      repeatedCpuMs: of("repeatedCpuMs"),
      heapMB: of("heapMB"),
      importCpuMs: of("importCpuMs"),
    };
    log(`  ${spec.name}: ${row.cpuMs.median.toFixed(2)} ms CPU, ${(row.bytes / 1024).toFixed(1)} KiB, status ${row.status}`);
    return row;
  });
}
