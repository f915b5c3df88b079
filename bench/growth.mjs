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
import { startWorkerd } from "./workerd.mjs";

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
    get("network", "/v1/network"),
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
 * One load run, then a wait until the server has answered every request still queued: at 100× the
 * data a full list can take seconds per answer, and its backlog must not slow the next run down.
 */
async function loadAndSettle(server, route, options) {
  const result = await loadRoute(server.url, route, options);
  await fetch(`${server.url}/healthz`);
  return result;
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
        bytesPerResponse: samples[r][i][0].bytesPerResponse,
        failed: samples[r][i].reduce((n, s) => n + s.failed, 0),
      })),
    }));
    return {
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
