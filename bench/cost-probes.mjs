/**
 * The requests whose cost bench/request-cost.mjs measures: /healthz, every lookup route, every
 * finding at once, batches of 100 / 500 / 1,000 of each function and of the add-in's mix, and
 * the worst requests we could construct. Each comes with warm-up requests that run the same code
 * with other arguments, so the measured request misses the Worker's caches.
 */
import { readFileSync } from "node:fs";
import { batchCalls, findingIds, processes, sourceCodes } from "./batch-calls.mjs";

const post = (calls) => ({ method: "POST", path: "/v1/batch", body: JSON.stringify({ calls }) });

let curatedIds;

/** Arguments of the i-th distinct call of each function; `spell` turns a source code into another spelling. */
function argsOf(fn, i, sources, spell) {
  const pick = (list, k) => list[k % list.length];
  const source = spell(pick(sources, i));
  const k = Math.floor(i / sources.length);
  const maybe = (list) => [undefined, ...list];
  const trim = (args) => args.filter((a, j) => a !== undefined || j < args.length - 1).map((a) => a ?? "");
  switch (fn) {
    case "effect":
      return [source, pick(processes, k), pick(["review", "evidence"], Math.floor(k / 3))];
    case "findings":
      return trim([source, pick(maybe(processes), k), pick(maybe(["promotes", "inhibits", "no_effect"]), Math.floor(k / 4))]);
    case "cargo":
      return trim([source, pick(maybe(processes), k), pick(maybe(["miRNA", "protein", "lncRNA", "circRNA", "other"]), Math.floor(k / 4))]);
    case "targets":
      return trim([source, pick(maybe(processes), k)]);
    case "sources":
      return trim([
        pick(processes, i),
        pick(maybe(["promotes", "inhibits", "mixed", "not_studied", "no_data"]), Math.floor(i / 3)),
        pick(maybe(["review", "evidence"]), Math.floor(i / 18)),
      ]);
    case "count":
      return trim([source, pick(processes, k), pick(maybe(["promotes", "inhibits", "no_effect"]), Math.floor(k / 3))]);
    case "citations":
      return [source, pick(processes, k)];
    case "name":
      return [source];
    case "matrix":
      return trim([pick(maybe(["review", "evidence"]), i)]);
    case "finding":
      curatedIds ??= findingIds();
      return [pick(curatedIds, i)];
    default:
      return [];
  }
}

/** CLIENT_BATCH_CALLS and CLIENT_CALL_WEIGHT, read from the contract so that the probes follow them. */
const limits = readFileSync(new URL("../worker/src/contract/limits.ts", import.meta.url), "utf8");
const ADDIN_BATCH_CALLS = Number(/CLIENT_BATCH_CALLS = (\d+)/.exec(limits)[1]);
/** How many calls of `fn` fill one of the add-in's batches: CLIENT_BATCH_CALLS over the call's weight. */
export const weightOf = (fn) => Number(new RegExp(`CLIENT_CALL_WEIGHT[^=]*= \\{[^}]*\\b${fn}: (\\d+)`).exec(limits)?.[1] ?? 1);
const addinBatchOf = (fn) => Math.floor(ADDIN_BATCH_CALLS / weightOf(fn));
/** The add-in's mix as it sends it: the first calls of batchCalls whose weights fill one batch. */
const addinMix = (sources) => {
  const calls = [];
  let weight = 0;
  for (const call of batchCalls(ADDIN_BATCH_CALLS, sources)) {
    weight += weightOf(call.fn);
    if (weight > ADDIN_BATCH_CALLS) break;
    calls.push(call);
  }
  return calls;
};

/** `n` distinct calls of one function (as many as its arguments allow; the rest repeat), over `sources`. */
export const distinctCalls = (fn, n, sources = sourceCodes()) =>
  Array.from({ length: n }, (_, i) => ({ fn, args: argsOf(fn, i, sources, (code) => code) }));

export const functions = ["effect", "findings", "cargo", "targets", "sources", "count", "citations", "name", "matrix", "version"];

export function costProbes() {
  const sources = sourceCodes();
  const as = (spell) => (fn, n) => Array.from({ length: n }, (_, i) => ({ fn, args: argsOf(fn, i, sources, spell) }));
  const measured = as((code) => code);
  const warm = as((code) => code.toLowerCase());
  const get = (name, path, warmPaths, extra = {}) => ({
    name,
    group: "single",
    request: { path },
    warm: warmPaths.map((p) => ({ path: p })),
    ...extra,
  });

  const probes = [
    get("GET /healthz", "/healthz", ["/healthz"]),
    get(
      "GET /v1/effect",
      "/v1/effect?source=OC&process=cartilage",
      ["/v1/effect?source=OB&process=formation", "/v1/effect?source=BMSC&process=resorption"],
      { addin: true },
    ),
    get(
      "GET /v1/findings (one source × process)",
      "/v1/findings?source=OC&process=cartilage",
      ["/v1/findings?source=OB&process=formation", "/v1/findings?source=BMSC&process=resorption"],
      { addin: true },
    ),
    get(
      "GET /v1/findings?q=… (free-text search)",
      "/v1/findings?q=osteoclast%20differentiation",
      ["/v1/findings?q=RUNX2", "/v1/findings?q=miR-214"],
      { addin: true },
    ),
    get("GET /v1/findings/{id}", "/v1/findings/F-2.2-03", ["/v1/findings/F-2.1-01", "/v1/findings/F-2.1-02"]),
    get("GET /v1/sources", "/v1/sources", ["/v1/sources?format=csv"]),
    get("GET /v1/sources/{code}", "/v1/sources/OC-Exos", ["/v1/sources/OB", "/v1/sources/osteoclast"]),
    get("GET /v1/processes", "/v1/processes", ["/v1/processes?format=csv"]),
    get("GET /v1/molecules", "/v1/molecules?source=BMSC", ["/v1/molecules?source=OC", "/v1/molecules?type=miRNA"]),
    get("GET /v1/matrix", "/v1/matrix", ["/v1/matrix?basis=evidence", "/v1/matrix?format=csv"], { addin: true }),
    get("GET /v1/references", "/v1/references", ["/v1/references?format=csv"]),
    get("GET /v1/network", "/v1/network", ["/v1/network?format=json"]),
    get("GET /v1/dataset", "/v1/dataset", ["/v1/dataset?format=json"]),
    // HEAD runs the same handler, and the Worker caches only what a GET answered.
    { ...get("GET /openapi.json", "/openapi.json", []), warm: [{ method: "HEAD", path: "/openapi.json" }] },
    get("GET /v1/findings (all, JSON)", "/v1/findings?limit=1000", ["/v1/findings?limit=999", "/v1/findings?limit=998"], {
      group: "large",
    }),
    get(
      "GET /v1/findings (all, CSV)",
      "/v1/findings?limit=1000&format=csv",
      ["/v1/findings?limit=999&format=csv", "/v1/findings?limit=998&format=csv"],
      { group: "large" },
    ),
  ];
  const lower = sources.map((code) => code.toLowerCase());
  probes.push({
    name: `POST /v1/batch, the add-in's mix, one batch (${addinMix().length} calls)`,
    group: "batch",
    addin: true,
    request: post(addinMix()),
    warm: [post(addinMix(lower))],
  });
  for (const n of [100, 200, 500, 1000]) {
    probes.push({
      name: `POST /v1/batch, the add-in's mix × ${n}`,
      group: "batch",
      request: post(batchCalls(n)),
      warm: [post(batchCalls(n, lower))],
    });
  }
  for (const fn of ["findings", "effect"]) {
    probes.push({
      name: `POST /v1/batch, ${fn} × ${addinBatchOf(fn)} (the add-in's largest batch of one function)`,
      group: "batch",
      addin: true,
      request: post(measured(fn, addinBatchOf(fn))),
      warm: [post(warm(fn, addinBatchOf(fn)))],
    });
  }
  for (const fn of functions) {
    for (const n of [100, 500, 1000])
      probes.push({ name: `POST /v1/batch, ${fn} × ${n}`, group: "batch", request: post(measured(fn, n)), warm: [post(warm(fn, n))] });
  }
  const largest = "BMSC";
  const spellings = sources.flatMap((code) => [code, code.toLowerCase()]);
  probes.push(
    {
      name: `worst: 1,000 × findings(${largest})`,
      group: "worst",
      request: post(Array.from({ length: 1000 }, () => ({ fn: "findings", args: [largest] }))),
      warm: [post(Array.from({ length: 1000 }, () => ({ fn: "findings", args: ["OB"] })))],
    },
    {
      name: "worst: 1,000 distinct findings calls (spellings × padding)",
      group: "worst",
      request: post(
        Array.from({ length: 1000 }, (_, i) => ({
          fn: "findings",
          args: [spellings[i % spellings.length] + " ".repeat(Math.floor(i / spellings.length))],
        })),
      ),
      warm: [
        post(
          Array.from({ length: 1000 }, (_, i) => ({
            fn: "findings",
            args: [" ".repeat(Math.floor(i / spellings.length) + 1) + spellings[i % spellings.length]],
          })),
        ),
      ],
    },
    {
      name: "worst: 1,000 misspelt sources (did-you-mean)",
      group: "worst",
      request: post(
        Array.from({ length: 1000 }, (_, i) => ({
          fn: "effect",
          args: [`${" ".repeat(i % 500)}osteoclastt${" ".repeat(Math.floor(i / 500))}`, "formation"],
        })),
      ),
      warm: [
        post(
          Array.from({ length: 1000 }, (_, i) => ({
            fn: "effect",
            args: [`${" ".repeat(i % 500)}osteoblastt${" ".repeat(Math.floor(i / 500))}`, "formation"],
          })),
        ),
      ],
    },
    {
      name: "worst: 1,000 × 900-character unknown values (a 0.9 MiB body)",
      group: "worst",
      request: post(Array.from({ length: 1000 }, (_, i) => ({ fn: "count", args: [`${i}`.padEnd(900, "x"), "osteogenesis!"] }))),
      warm: [post(Array.from({ length: 1000 }, (_, i) => ({ fn: "count", args: [`${i}`.padEnd(900, "z"), "osteogenesis?"] })))],
    },
  );
  return probes;
}

/**
 * The first request of a fresh isolate, for the cold-start rows: /healthz, and the add-in's
 * batches at their largest (CLIENT_BATCH_CALLS calls): its mix, and FINDINGS alone (the largest
 * answers), and the pane's free-text search (the first one loads the search index), since a fresh
 * isolate's first request may be any of them; and the OpenAPI document, which R, pandas and client
 * generators fetch first, and the reference page made from it.
 */
export const freshProbes = [
  { name: "first request of a fresh isolate: GET /healthz", fresh: true, request: { path: "/healthz" } },
  {
    name: `first request of a fresh isolate: POST /v1/batch (the add-in's mix, one batch of ${addinMix().length} calls)`,
    fresh: true,
    addin: true,
    request: post(addinMix()),
  },
  {
    name: `first request of a fresh isolate: POST /v1/batch (findings × ${addinBatchOf("findings")}, the add-in's largest)`,
    fresh: true,
    addin: true,
    request: post(
      Array.from({ length: addinBatchOf("findings") }, (_, i) => ({
        fn: "findings",
        args: argsOf("findings", i, sourceCodes(), (code) => code),
      })),
    ),
  },
  {
    name: "first request of a fresh isolate: GET /v1/findings?q=… (the task pane's free-text search)",
    fresh: true,
    addin: true,
    request: { path: "/v1/findings?q=RUNX2%20osteogenic" },
  },
  {
    name: "first request of a fresh isolate: GET /openapi.json (what client generators fetch first)",
    fresh: true,
    request: { path: "/openapi.json" },
  },
  { name: "first request of a fresh isolate: GET /docs (the API reference page)", fresh: true, request: { path: "/docs" } },
];
