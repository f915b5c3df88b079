/**
 * Growth: the same production bundle serving the curated data and synthetic data 10× and 100×
 * its size (bench/synthetic.mjs), side by side. Per size: cold start, and each route's throughput
 * loaded in interleaved rounds, as a ratio to the same route on the curated data in that round.
 * The lookups without HTTP are timed by bench/lookup-cost.ts over the same folders.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { batchCalls } from "./batch-calls.mjs";
import { coldStart } from "./cold-start.mjs";
import { distinctCalls, functions } from "./cost-probes.mjs";
import { loadRoute } from "./load-route.mjs";
import { spread } from "./stats.mjs";
import { writeSyntheticData } from "./synthetic.mjs";
import { withData } from "./worker-bundle.mjs";
import { processCpuMs, startWorkerd } from "./workerd.mjs";

const root = new URL("..", import.meta.url).pathname;

/**
 * Every lookup route, a 100-call batch of each function (distinct calls, as a sheet's column of
 * one function sends them) and the add-in's mix, with and without its FINDINGS calls. `single`:
 * one lookup per request.
 */
export function growthRoutes(sources) {
  const get = (name, path) => ({ name, path, single: true });
  const batch = (name, calls) => ({
    name,
    path: "/v1/batch",
    lookups: calls.length,
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ calls }),
  });
  return [
    { name: "healthz", path: "/healthz" },
    get("effect", "/v1/effect?source=OC&process=cartilage"),
    get("findings filtered", "/v1/findings?source=OC&process=cartilage"),
    get("finding by id", "/v1/findings/F-2.2-03"),
    get("sources", "/v1/sources"),
    get("source by alias", "/v1/sources/OC-Exos"),
    get("processes", "/v1/processes"),
    get("molecules", "/v1/molecules?source=BMSC"),
    get("targets", "/v1/targets?source=OC"),
    get("references", "/v1/references"),
    // The whole graph is over the 4 MiB answer budget from 100× on (a 413, which is no graph):
    // the graph a user asks for then is one source × process, the same pair as "findings filtered".
    get("network of one source × process", "/v1/network?source=OC&process=cartilage"),
    get("verdicts", "/v1/verdicts"),
    get("cell lines", "/v1/cell-lines"),
    get("matrix", "/v1/matrix"),
    get("dataset", "/v1/dataset"),
    { name: "findings all JSON", path: "/v1/findings?limit=1000" },
    ...[...functions.slice(0, 2), "finding", ...functions.slice(2)].map((fn) =>
      batch(`batch 100 × ${fn}`, distinctCalls(fn, 100, sources)),
    ),
    batch("batch 100 (the add-in's mix)", batchCalls(100, sources)),
    // The mix without its FINDINGS calls: at 100× the data a FINDINGS answer is 100× larger (a
    // spill shows every row), so this row shows what the other lookups cost as the data grows.
    batch(
      "batch 100 without FINDINGS",
      batchCalls(112, sources)
        .filter((c) => c.fn !== "findings")
        .slice(0, 100),
    ),
  ];
}

/**
 * The GET answers that have no pages, whole: at 100× the data each is over the 4 MiB answer
 * budget, a 413 that must stop building once it passes the budget (≤ 100 ms of CPU at any size).
 */
export const unpagedRequests = [
  { name: "every finding as CSV", path: "/v1/findings?format=csv" },
  { name: "the whole graph", path: "/v1/network" },
];

/**
 * One load run, then a wait until the server has answered every request still queued: at 100× the
 * data a full list can take seconds per answer, and its backlog must not slow the next run down.
 * `workerCpuMsPerRequest`: workerd's own CPU time over the run (all its threads, from /proc)
 * divided by the answers, so the Worker's cost apart from the load generator's, which shares
 * these cores and spends several times the Worker's CPU per byte of a large answer.
 */
async function loadAndSettle(server, route, options) {
  const cpuBefore = processCpuMs(server.pid);
  const result = await loadRoute(server.url, route, options);
  await fetch(`${server.url}/healthz`);
  return { ...result, workerCpuMsPerRequest: (processCpuMs(server.pid) - cpuBefore) / Math.max(result.requests, 1) };
}

/**
 * CPU ms (workerd's, from /proc) of one request: the first of its kind on this server (nothing
 * cached), then the median of `repeats` more (a 200 is then served from the cache; a 413 is not
 * cached and is refused again).
 */
async function requestCpu(server, path, repeats = 5) {
  const once = async () => {
    const before = processCpuMs(server.pid);
    const response = await fetch(server.url + path);
    const bytes = (await response.arrayBuffer()).byteLength;
    return { status: response.status, bytes, cpuMs: processCpuMs(server.pid) - before };
  };
  const first = await once();
  const again = [];
  for (let i = 0; i < repeats; i++) again.push((await once()).cpuMs);
  return { ...first, repeatedCpuMs: spread(again) };
}

/** `factors` e.g. [1, 10, 100]; `ports` one per factor; `routes` as bench/api.mjs gives them. */
export async function benchGrowth(
  bundle,
  workDir,
  { factors, ports, routes, rounds = 3, seconds = 1.5, connections = 32, coldRuns = 3, log = () => {} },
) {
  const sizes = factors.map((factor, i) => {
    const data = writeSyntheticData(factor, join(workDir, `data-${factor}x`));
    return { factor, data, bundleDir: withData(bundle, data.dir, join(workDir, `worker-${factor}x`)), port: ports[i] };
  });

  log("  lookups without HTTP (bench/lookup-cost.ts)");
  const lookupCost = JSON.parse(
    execFileSync(process.execPath, ["--import", "tsx", "bench/lookup-cost.ts", ...sizes.map((s) => s.data.dir)], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 1 << 24,
    }),
  );
  lookupCost.datasets = lookupCost.datasets.map(({ folder, ...measured }, i) => ({ factor: sizes[i].factor, ...measured }));

  for (const size of sizes) {
    log(`  cold start ${size.factor}×`);
    size.coldStart = await coldStart(size.bundleDir, size.port, { runs: coldRuns });
  }

  const servers = [];
  try {
    for (const size of sizes) servers.push(await startWorkerd(size.bundleDir, size.port));
    for (const route of routes) for (const server of servers) await loadAndSettle(server, route, { connections, seconds: 0.5 });
    const samples = routes.map(() => sizes.map(() => []));
    for (let round = 0; round < rounds; round++) {
      for (const [r, route] of routes.entries()) {
        const order = sizes.map((_, i) => (i + round) % sizes.length);
        for (const i of order) samples[r][i].push(await loadAndSettle(servers[i], route, { connections, seconds }));
        log(`  round ${round + 1} ${route.name}: ${samples[r].map((s) => Math.round(s.at(-1).requestsPerSecond)).join(" / ")} req/s`);
      }
    }
    const http = routes.map((route, r) => ({
      name: route.name,
      bySize: sizes.map((size, i) => ({
        factor: size.factor,
        requestsPerSecond: spread(samples[r][i].map((s) => s.requestsPerSecond)),
        ratioToCurated: spread(samples[r][i].map((s, round) => s.requestsPerSecond / samples[r][0][round].requestsPerSecond)),
        p99Ms: spread(samples[r][i].map((s) => s.p99Ms)),
        workerCpuMsPerRequest: spread(samples[r][i].map((s) => s.workerCpuMsPerRequest)),
        bytesPerResponse: samples[r][i][0].bytesPerResponse,
        failed: samples[r][i].reduce((n, s) => n + s.failed, 0),
      })),
    }));
    log("  answers without pages, whole");
    const unpaged = [];
    for (const request of unpagedRequests) {
      const bySize = [];
      for (const [i, server] of servers.entries()) bySize.push({ factor: sizes[i].factor, ...(await requestCpu(server, request.path)) });
      unpaged.push({ ...request, bySize });
    }
    return {
      unpaged,
      sizes: sizes.map(({ factor, data, coldStart }) => ({
        factor,
        findings: data.findings,
        molecules: data.molecules,
        references: data.references,
        coldStart,
      })),
      lookupCost,
      http,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}
