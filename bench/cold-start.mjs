/**
 * Cold start: a fresh workerd process per run, timed from spawn to listening and to the first
 * answer; the warm request after it shows what the first request paid for loading the dataset.
 */
import { performance } from "node:perf_hooks";
import { spread } from "./stats.mjs";
import { startWorkerd } from "./workerd.mjs";

async function timedGet(url) {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return performance.now() - started;
}

export async function coldStart(bundleDir, port, { runs = 5 } = {}) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const server = await startWorkerd(bundleDir, port);
    try {
      samples.push({
        listeningMs: server.listeningMs,
        firstAnswerMs: server.firstAnswerMs,
        firstRequestMs: server.firstAnswerMs - server.listeningMs,
        warmRequestMs: await timedGet(`${server.url}/healthz`),
      });
    } finally {
      await server.stop();
    }
  }
  const of = (key) => spread(samples.map((s) => s[key]));
  return { runs, listeningMs: of("listeningMs"), firstAnswerMs: of("firstAnswerMs"), firstRequestMs: of("firstRequestMs"), warmRequestMs: of("warmRequestMs") };
}
