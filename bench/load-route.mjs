/** One autocannon run against one route, summarised; latency percentiles are whole milliseconds. */
import autocannon from "autocannon";

export function loadRoute(url, route, { connections, seconds }) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: url + route.path,
        method: route.method ?? "GET",
        headers: route.headers,
        body: route.body,
        connections,
        duration: seconds,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(summarise(result))),
    );
  });
}

export const summarise = (result) => ({
  requests: result["2xx"],
  requestsPerSecond: result["2xx"] / result.duration,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  bytesPerResponse: result["2xx"] ? Math.round(result.throughput.total / result["2xx"]) : 0,
  errors: result.errors,
  timeouts: result.timeouts,
  non2xx: result.non2xx,
  failed: result.errors + result.timeouts + result.non2xx,
});
