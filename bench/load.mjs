/**
 * Sustained load (npm run bench:load): the production bundle on raw workerd, 64 connections for
 * 60 seconds, each cycling through a mix of the lookups users make. Passes only with zero errors,
 * zero timeouts and every answer a 2xx; writes bench/results/load.json and prints p50/p99.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { batchCalls, processes, sourceCodes } from "./batch-calls.mjs";
import { machine } from "./machine.mjs";
import { writeReport } from "./report.mjs";
import { buildWorker } from "./worker-bundle.mjs";
import { startWorkerd } from "./workerd.mjs";

const PORT = 8794;
const CONNECTIONS = 64;
const SECONDS = 60;
const TIMEOUT_SECONDS = 10;

const sources = sourceCodes();
const mix = [
  { path: "/healthz" },
  ...sources.flatMap((source) => processes.map((process) => ({ path: `/v1/effect?source=${source}&process=${process}` }))),
  { path: "/v1/findings?source=OC&process=cartilage" },
  { path: "/v1/findings?source=BMSC&direction=promotes&format=csv" },
  { path: "/v1/findings?q=ferroptosis" },
  { path: "/v1/matrix" },
  { path: "/v1/sources/OC-Exos" },
  {
    method: "POST",
    path: "/v1/batch",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ calls: batchCalls(100, sources) }),
  },
].map((request) => ({ method: "GET", ...request }));

const work = mkdtempSync(join(tmpdir(), "exo-bone-load-"));
const server = await startWorkerd(buildWorker(join(work, "worker")).outdir, PORT);
let result;
try {
  console.log(`Loading ${server.url} with ${CONNECTIONS} connections for ${SECONDS} s, cycling through ${mix.length} requests…`);
  result = await new Promise((resolve, reject) =>
    autocannon({ url: server.url, connections: CONNECTIONS, duration: SECONDS, timeout: TIMEOUT_SECONDS, requests: mix }, (error, r) =>
      error ? reject(error) : resolve(r),
    ),
  );
} finally {
  await server.stop();
  rmSync(work, { recursive: true, force: true });
}

const summary = {
  date: new Date().toISOString(),
  machine: machine(),
  connections: CONNECTIONS,
  seconds: result.duration,
  requestMix: mix.map((r) => `${r.method} ${r.path}`),
  requests: result["2xx"] + result.non2xx,
  requestsPerSecond: Math.round(result["2xx"] / result.duration),
  latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
};
const resultsDir = new URL("./results/", import.meta.url);
mkdirSync(resultsDir, { recursive: true });
writeFileSync(new URL("load.json", resultsDir), `${JSON.stringify(summary, null, 2)}\n`);
writeReport({ resultsDir, reportPath: new URL("../BENCHMARKS.md", import.meta.url) });

const failed = summary.errors + summary.timeouts + summary.non2xx;
console.log(
  `${summary.requests} requests in ${summary.seconds} s (${summary.requestsPerSecond} req/s): p50 ${summary.latencyMs.p50} ms, p99 ${summary.latencyMs.p99} ms, max ${summary.latencyMs.max} ms; ` +
    `errors ${summary.errors}, timeouts ${summary.timeouts}, non-2xx ${summary.non2xx}. Written to bench/results/load.json and BENCHMARKS.md.`,
);
if (failed > 0) {
  console.error(`FAILED: ${failed} request(s) did not get a 2xx answer in time.`);
  process.exit(1);
}
