/**
 * npm run bench: builds the add-in and the production Worker, then measures sizes and cold start,
 * the cost (CPU, heap, bytes) of each kind of request, API throughput beside /healthz, growth with
 * 10× and 100× synthetic data, and the recalculation storm in Chromium. Writes bench/results/*.json
 * and BENCHMARKS.md. Ports 8792–8799, loopback only.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { apiRoutes, benchApi } from "./api.mjs";
import { sourceCodes } from "./batch-calls.mjs";
import { coldStart, minimalWorker } from "./cold-start.mjs";
import { dataWorker, frameworkWorker } from "./floor-workers.mjs";
import { benchGrowth, growthRoutes } from "./growth.mjs";
import { machine } from "./machine.mjs";
import { writeReport } from "./report.mjs";
import { requestCost } from "./request-cost.mjs";
import { addSizeFloors } from "./size-floor.mjs";
import { addinSizes } from "./sizes.mjs";
import { benchStorm, stormBlocked } from "./storm.mjs";
import { buildWorker, wranglerEnv } from "./worker-bundle.mjs";
import { startWorkerd } from "./workerd.mjs";

const PORTS = { api: 8792, coldStart: 8793, cost: 8794, growth: [8795, 8796, 8797], storm: 8798, sizeFloor: 8799 };
const root = new URL("..", import.meta.url).pathname;
const resultsDir = new URL("./results/", import.meta.url);
const started = performance.now();
const log = (line) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);

function save(name, data) {
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(new URL(`${name}.json`, resultsDir), `${JSON.stringify(data, null, 2)}\n`);
}

const work = mkdtempSync(join(tmpdir(), "exo-bone-bench-"));
try {
  const date = new Date().toISOString();
  const host = machine();
  log(`machine: ${host.nproc} × ${host.cpuModel}, ${host.memoryGiB} GiB, load ${host.loadAverageAtStart.join(" ")}`);

  log("building the add-in (npm run build) and the Worker (wrangler deploy --dry-run)");
  execFileSync("npm", ["run", "build"], { cwd: root, env: wranglerEnv, stdio: "pipe" });
  const bundle = buildWorker(join(work, "worker"));

  log("cold start: fresh workerd, five times, beside the minimal, data-only and framework-only Workers");
  const cold = await coldStart(bundle.outdir, PORTS.coldStart, {
    runs: 5,
    baselineDir: minimalWorker(join(work, "minimal")),
    others: {
      dataAtStart: await dataWorker(join(work, "data-at-start"), "start"),
      dataInFirstRequest: await dataWorker(join(work, "data-in-first-request"), "first request"),
      framework: await frameworkWorker(join(work, "framework")),
    },
  });
  save("cold-start", {
    date,
    machine: host,
    worker: { modules: bundle.modules, bytes: bundle.bytes, gzipBytes: bundle.gzipBytes },
    coldStart: cold,
    addin: addinSizes(),
  });

  log("cost per request: every probe on a fresh workerd, three runs each");
  save("cost", { date, machine: host, runs: 3, probes: await requestCost(bundle.outdir, PORTS.cost, { runs: 3, log }) });

  log("API throughput: every route beside /healthz, 5 rounds of 2 s per route");
  const routes = apiRoutes(sourceCodes());
  const server = await startWorkerd(bundle.outdir, PORTS.api);
  let api;
  try {
    api = await benchApi(server.url, routes, { rounds: 5, seconds: 2, connections: 32, log });
    await addSizeFloors(api, routes, server.url, {
      dir: join(work, "sized"),
      port: PORTS.sizeFloor,
      rounds: 5,
      seconds: 2,
      connections: 32,
      log,
    });
  } finally {
    await server.stop();
  }
  save("api", { date, machine: host, connections: 32, secondsPerRun: 2, rounds: 5, routes: api });

  log("growth: curated, 10× and 100× synthetic data, side by side");
  const growth = await benchGrowth(bundle, work, {
    factors: [1, 10, 100],
    ports: PORTS.growth,
    routes: growthRoutes(sourceCodes()),
    rounds: 3,
    seconds: 1.5,
    log,
  });
  save("growth", { date, machine: host, connections: 32, secondsPerRun: 1.5, rounds: 3, ...growth });

  const blocked = stormBlocked();
  if (blocked) {
    log(`recalculation storm skipped: ${blocked}`);
    rmSync(new URL("storm.json", resultsDir), { force: true });
  } else {
    log("recalculation storm: 10,000 formulas in Chromium, batched, cached and naive; 3 runs");
    save("storm", { date, machine: host, ...(await benchStorm(bundle, PORTS.storm, { log })) });
  }

  save("run", { date, machine: host, totalSeconds: (performance.now() - started) / 1000 });
  writeReport({ resultsDir, reportPath: new URL("../BENCHMARKS.md", import.meta.url) });
  log("done: bench/results/*.json and BENCHMARKS.md");
} finally {
  rmSync(work, { recursive: true, force: true });
}
