/**
 * The lookups themselves, without HTTP: loading each dataset folder given on the command line,
 * then the cost of every lookup the custom functions and the GET routes make, each size beside
 * the others in one process, with the size of its answer as JSON (an answer that grows with the
 * data costs more to serialise and send, whatever the lookup costs). Prints JSON.
 * Run: node --import tsx bench/lookup-cost.ts <folder>...
 */
import { performance } from "node:perf_hooks";
import { readDataFolder } from "../data/read-folder";
import type { LookupName } from "../worker/src/contract/lookups";
import type { Dataset } from "../worker/src/dataset/dataset";
import { loadDataset } from "../worker/src/dataset/load";
import { MAX_ANSWER_BYTES } from "../worker/src/http/answer-budget";
import { cellLines } from "../worker/src/lookups/cell-lines";
import { datasetInfo } from "../worker/src/lookups/dataset-info";
import { findings, matchingFindings } from "../worker/src/lookups/findings";
import { molecules } from "../worker/src/lookups/molecules";
import { resolveSource } from "../worker/src/lookups/names";
import { network } from "../worker/src/lookups/network";
import { processes } from "../worker/src/lookups/processes";
import { citedReference } from "../worker/src/lookups/references";
import { call } from "../worker/src/lookups/registry";
import { targetList } from "../worker/src/lookups/target-list";
import { verdicts } from "../worker/src/lookups/verdicts";

/** `kind`: what the lookup serves — a custom function (through POST /v1/batch) or a GET route. */
type Probe = { name: string; kind: "function" | "route"; run: (ds: Dataset) => unknown };

const fn =
  (name: LookupName, ...args: string[]): Probe["run"] =>
  (ds) =>
    call(ds, name, args);
const functionProbe = (name: LookupName, ...args: string[]): Probe => ({
  name: `${name}(${args.join(", ")})`,
  kind: "function",
  run: fn(name, ...args),
});
const route = (name: string, run: Probe["run"]): Probe => ({ name, kind: "route", run });

const probes: Probe[] = [
  functionProbe("effect", "OC", "cartilage"),
  functionProbe("effect", "BMSC", "formation", "evidence"),
  functionProbe("count", "BMSC", "formation"),
  functionProbe("count", "BMSC", "formation", "inhibits"),
  functionProbe("findings", "OC", "cartilage"),
  functionProbe("findings", "BMSC", "formation", "inhibits", "miRNA"),
  functionProbe("finding", "F-2.2-03"),
  functionProbe("cargo", "BMSC"),
  functionProbe("cargo", "BMSC", "formation", "miRNA"),
  functionProbe("cargo", "BMSC", "", "protein"),
  functionProbe("targets", "OC"),
  functionProbe("targets", "BMSC", "formation"),
  functionProbe("sources", "formation"),
  functionProbe("citations", "OC", "cartilage"),
  functionProbe("name", "OC-Exos"),
  functionProbe("matrix"),
  functionProbe("version"),
  // The GET routes' lookups (routes cache serialised answers per isolate; this is a cache miss).
  route("GET /v1/effect?source=OC&process=cartilage", fn("effect", "OC", "cartilage")),
  route("GET /v1/findings?source=OC&process=cartilage (a page of 100)", (ds) => findings(ds, { source: ["OC"], process: "cartilage" })),
  route("GET /v1/findings?molecule=miR-21-5p", (ds) => matchingFindings(ds, { molecule: "miR-21-5p" })),
  route("GET /v1/findings?target=RUNX2", (ds) => matchingFindings(ds, { target: "RUNX2" })),
  route("GET /v1/findings?recipient=RAW 264.7", (ds) => matchingFindings(ds, { recipient: "RAW 264.7" })),
  route("GET /v1/findings?source=BMSC&direction=inhibits", (ds) => matchingFindings(ds, { source: ["BMSC"], direction: "inhibits" })),
  route("GET /v1/findings?limit=1000", (ds) => findings(ds, { limit: 1000 })),
  route("GET /v1/findings/{id}", (ds) => ds.index.findingById.get("F-2.2-03")),
  route("GET /v1/sources", (ds) => ds.sources),
  route("GET /v1/sources/OC-Exos", (ds) => resolveSource(ds, "OC-Exos")),
  route("GET /v1/processes", () => processes()),
  route("GET /v1/molecules?source=BMSC", (ds) => molecules(ds, { source: "BMSC" })),
  route("GET /v1/molecules?source=BMSC,OC&process=formation,resorption", (ds) =>
    molecules(ds, { source: ["BMSC", "OC"], process: ["formation", "resorption"] }),
  ),
  route("GET /v1/targets?source=OC", (ds) => targetList(ds, { source: "OC" })),
  route("GET /v1/references (first page of 100)", (ds) => ds.references.slice(0, 100).map((r) => citedReference(ds, r))),
  // The whole graph exceeds the answer budget from 100× on (a 413); a user asks for one source × process.
  route("GET /v1/network?source=OC&process=cartilage", (ds) => network(ds, { source: ["OC"], process: ["cartilage"] }, MAX_ANSWER_BYTES)),
  route("GET /v1/verdicts?process=formation", (ds) => verdicts(ds, { process: ["formation"] })),
  route("GET /v1/cell-lines", (ds) => cellLines(ds, {})),
  route("GET /v1/dataset", (ds) => datasetInfo(ds)),
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const spread = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length });

/** How many calls of `run` take about `ms`. */
function callsFor(run: () => unknown, ms: number): number {
  let calls = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) run();
    if (performance.now() - t0 >= ms || calls >= 1 << 22) return calls;
    calls *= 2;
  }
}

/**
 * Microseconds per call of one probe on each dataset: every size warmed first (so the compiler
 * has seen them all), then `repeats` rounds that time a stretch of about `ms` on each size in
 * turn, so that background load on this shared machine falls on every size alike.
 */
function microseconds(runs: (() => unknown)[], { repeats = 7, ms = 40 } = {}) {
  const calls = runs.map((run) => callsFor(run, ms));
  const samples: number[][] = runs.map(() => []);
  for (let r = 0; r < repeats; r++) {
    runs.forEach((run, i) => {
      const n = calls[i]!;
      const t0 = performance.now();
      for (let k = 0; k < n; k++) run();
      samples[i]!.push(((performance.now() - t0) * 1000) / n);
    });
  }
  return samples.map(spread);
}

const folders = process.argv.slice(2);
const datasets = folders.map((folder) => {
  const { files, descriptor } = readDataFolder(folder);
  const loadMs: number[] = [];
  let ds: Dataset | undefined;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    ds = loadDataset(files, descriptor);
    loadMs.push(performance.now() - t0);
  }
  return { folder, ds: ds!, loadMs: spread(loadMs) };
});

/** One probe on every dataset, as calls to time. */
const callsOf = (probe: Probe): (() => unknown)[] => datasets.map(({ ds }) => probe.run.bind(undefined, ds));

const lookups = probes.map((probe) => ({
  name: probe.name,
  kind: probe.kind,
  microseconds: microseconds(callsOf(probe)),
  answerBytes: datasets.map(({ ds }) => Buffer.byteLength(JSON.stringify(probe.run(ds)) ?? "")),
}));

console.log(
  JSON.stringify({
    datasets: datasets.map(({ folder, ds, loadMs }) => ({
      folder,
      findings: ds.findings.length,
      molecules: ds.molecules.length,
      references: ds.references.length,
      loadMs,
    })),
    lookups,
  }),
);
