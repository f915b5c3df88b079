/**
 * The lookups themselves, without HTTP: loading each dataset folder given on the command line,
 * then the cost of each lookup the custom functions make, each size beside the others in one
 * process. Prints JSON. Run: node --import tsx bench/lookup-cost.ts <folder>...
 */
import { performance } from "node:perf_hooks";
import { readDataFolder } from "../data/read-folder";
import type { LookupName } from "../worker/src/contract/lookups";
import type { Dataset } from "../worker/src/dataset/dataset";
import { loadDataset } from "../worker/src/dataset/load";
import { findings } from "../worker/src/lookups/findings";
import { call } from "../worker/src/lookups/registry";

type Probe = { name: string; run: (ds: Dataset) => unknown };

const lookup =
  (fn: LookupName, ...args: string[]): ((ds: Dataset) => unknown) =>
  (ds) =>
    call(ds, fn, args);

const probes: Probe[] = [
  { name: "effect(OC, cartilage)", run: lookup("effect", "OC", "cartilage") },
  { name: "effect(BMSC, formation, evidence)", run: lookup("effect", "BMSC", "formation", "evidence") },
  { name: "count(BMSC, formation)", run: lookup("count", "BMSC", "formation") },
  { name: "count(BMSC, formation, inhibits)", run: lookup("count", "BMSC", "formation", "inhibits") },
  { name: "findings(OC, cartilage)", run: lookup("findings", "OC", "cartilage") },
  { name: "cargo(BMSC)", run: lookup("cargo", "BMSC") },
  { name: "cargo(BMSC, formation, miRNA)", run: lookup("cargo", "BMSC", "formation", "miRNA") },
  { name: "targets(OC)", run: lookup("targets", "OC") },
  { name: "citations(OC, cartilage)", run: lookup("citations", "OC", "cartilage") },
  { name: "sources(formation)", run: lookup("sources", "formation") },
  { name: "name(OC-Exos)", run: lookup("name", "OC-Exos") },
  { name: "matrix()", run: lookup("matrix") },
  { name: "version()", run: lookup("version") },
  {
    name: "GET /v1/findings?source=OC&process=cartilage (lookup + JSON)",
    run: (ds) => JSON.stringify(findings(ds, { source: ["OC"], process: "cartilage" })),
  },
  { name: "GET /v1/findings?limit=1000 (lookup + JSON)", run: (ds) => JSON.stringify(findings(ds, { limit: 1000 })) },
];

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Microseconds per call: median of `repeats` timed stretches of about `ms` each. */
function microseconds(run: () => unknown, { repeats = 5, ms = 60 } = {}): { median: number; min: number; max: number; n: number } {
  let calls = 1;
  for (let t0 = performance.now(); performance.now() - t0 < ms / 4; calls *= 2) for (let i = 0; i < calls; i++) run();
  const samples: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) run();
    samples.push(((performance.now() - t0) * 1000) / calls);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), n: repeats };
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
  return { folder, ds: ds!, loadMs: { median: median(loadMs), min: Math.min(...loadMs), max: Math.max(...loadMs), n: loadMs.length } };
});

const lookups = probes.map((probe) => ({
  name: probe.name,
  microseconds: datasets.map(({ ds }) => microseconds(() => probe.run(ds))),
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
