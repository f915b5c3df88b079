/**
 * API throughput and latency: each route loaded in turn by autocannon from 127.0.0.1, in several
 * rounds (route order rotated each round), with /healthz loaded between every two routes so each
 * route's throughput is a ratio to /healthz measured around it.
 */
import { batchCalls } from "./batch-calls.mjs";
import { loadRoute } from "./load-route.mjs";
import { spread } from "./stats.mjs";

/** The routes to compare; the first, /healthz, is the floor (what the runtime and middleware cost). */
export function apiRoutes(sources) {
  const batch = (n) => ({
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ calls: batchCalls(n, sources) }),
  });
  // `single`: a route that answers one lookup; each should run at the floor /healthz sets.
  return [
    { name: "healthz", path: "/healthz" },
    { name: "effect", path: "/v1/effect?source=OC&process=cartilage", single: true },
    { name: "findings filtered", path: "/v1/findings?source=OC&process=cartilage", single: true },
    { name: "finding by id", path: "/v1/findings/F-2.2-03", single: true },
    { name: "sources", path: "/v1/sources", single: true },
    { name: "source by alias", path: "/v1/sources/OC-Exos", single: true },
    { name: "processes", path: "/v1/processes", single: true },
    { name: "molecules", path: "/v1/molecules?source=BMSC", single: true },
    { name: "references", path: "/v1/references", single: true },
    // JSON answers a page of references; CSV gives every cited work, so the whole list's cost stays in view.
    { name: "references all CSV", path: "/v1/references?format=csv" },
    { name: "dataset", path: "/v1/dataset", single: true },
    { name: "findings all JSON", path: "/v1/findings?limit=1000" },
    { name: "findings all CSV", path: "/v1/findings?limit=1000&format=csv" },
    { name: "matrix", path: "/v1/matrix", single: true },
    { name: "batch 100", path: "/v1/batch", lookups: 100, ...batch(100) },
    // The same without its FINDINGS calls: at 100× the data a FINDINGS answer is 100× larger, so
    // this row shows what the lookups themselves cost as the data grows.
    {
      name: "batch 100 without FINDINGS",
      path: "/v1/batch",
      lookups: 100,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        calls: batchCalls(112, sources)
          .filter((c) => c.fn !== "findings")
          .slice(0, 100),
      }),
    },
    { name: "batch 1000", path: "/v1/batch", lookups: 1000, ...batch(1000) },
  ];
}

/**
 * Loads every route for `seconds`, `rounds` times. Within a round /healthz runs between every two
 * routes, and a route's ratio is its requests/s over the mean of the /healthz runs just before
 * and just after it, so that both saw the same background load on this shared machine.
 */
export async function benchApi(url, routes, { rounds = 3, seconds = 2, connections = 32, log = () => {} } = {}) {
  const [floor, ...others] = routes;
  for (const route of routes) await loadRoute(url, route, { connections, seconds: 1 });
  const samples = new Map(routes.map((r) => [r.name, []]));
  const measure = async (route, round) => {
    const s = await loadRoute(url, route, { connections, seconds });
    log(`  round ${round + 1} ${route.name}: ${Math.round(s.requestsPerSecond)} req/s, p99 ${s.p99Ms} ms`);
    return s;
  };
  for (let round = 0; round < rounds; round++) {
    let before = await measure(floor, round);
    samples.get(floor.name).push({ ...before, ratio: 1 });
    for (const route of others.map((_, i) => others[(i + round) % others.length])) {
      const s = await measure(route, round);
      const after = await measure(floor, round);
      samples.get(route.name).push({ ...s, ratio: s.requestsPerSecond / ((before.requestsPerSecond + after.requestsPerSecond) / 2) });
      samples.get(floor.name).push({ ...after, ratio: 1 });
      before = after;
    }
  }
  return routes.map((route) => {
    const runs = samples.get(route.name);
    return {
      name: route.name,
      single: Boolean(route.single),
      request: `${route.method ?? "GET"} ${route.path}`,
      lookupsPerRequest: route.lookups ?? 1,
      requestsPerSecond: spread(runs.map((r) => r.requestsPerSecond)),
      ratioToHealthz: spread(runs.map((r) => r.ratio)),
      p50Ms: spread(runs.map((r) => r.p50Ms)),
      p99Ms: spread(runs.map((r) => r.p99Ms)),
      bytesPerResponse: runs[0].bytesPerResponse,
      failed: runs.reduce((n, r) => n + r.failed, 0),
      runs,
    };
  });
}
