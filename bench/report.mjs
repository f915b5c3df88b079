/** Writes BENCHMARKS.md from bench/results/*.json: every number, the machine, how to reproduce. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { weightOf } from "./cost-probes.mjs";

const read = (dir, name) => {
  const file = new URL(`${name}.json`, dir);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
};

const int = (n) => Math.round(n).toLocaleString("en-US");
const fixed = (n, digits) => (Math.abs(n) >= 100 ? int(n) : n.toFixed(digits));
/** `median (min–max)` of a spread from bench/stats.mjs. */
const range = (s, digits = 2) =>
  s.n > 1 ? `${fixed(s.median, digits)} (${fixed(s.min, digits)}–${fixed(s.max, digits)})` : fixed(s.median, digits);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const table = (header, rows) =>
  [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

function machineSection(m, date, totalSeconds) {
  return `Measured ${date.slice(0, 16).replace("T", " ")} UTC on ${m.nproc} × ${m.cpuModel} (${m.cpuFamilyModel}, ${m.hypervisor} guest), ${m.memoryGiB} GiB memory, ${m.os}, Node ${m.node}, workerd ${m.workerd}; load average ${m.loadAverageAtStart.join(" / ")} at the start${totalSeconds ? `; the whole run took ${int(totalSeconds)} s` : ""}. The machine is shared: other jobs ran during the measurements, which is why every figure below is a median with its min–max over repeated runs, and why routes are compared as ratios measured side by side.`;
}

const FREE_PLAN_CPU_MS = 10;
const BUDGET_CPU_MS = 100;
const BUDGET_BYTES = 4 * 1024 * 1024;
const yes = (ok) => (ok ? "yes" : "**no**");

/** How many times larger an answer grew: 1.5×, 16×. */
const times = (n) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)}×`;

/** An answer counts as growing when it is over 10 % larger than on the curated data. */
const GROWS = 1.1;
const GROWTH_GOAL = 0.8;

/**
 * The growth rule for one route at one size against 1×: met when its throughput is at least 0.8×;
 * an answer that grows with the data (a spill of every finding, a list of every molecule) must
 * instead keep its cost per byte: throughput × answer growth ≥ 0.8, i.e. bytes/s at least 0.8×.
 */
function growthVerdict(curated, grown) {
  const ratio = grown.ratioToCurated.median;
  const growth = grown.bytesPerResponse / curated.bytesPerResponse;
  const grows = growth > GROWS;
  const perByte = ratio * growth;
  return { ratio, growth, grows, perByte, met: grows ? perByte >= GROWTH_GOAL : ratio >= GROWTH_GOAL };
}

/** Each goal of the issue beside the number this run measured. */
function goals(api, cost, cold, growth) {
  const rows = [];
  if (cost) {
    // The cost probes on the curated data, and the answers without pages whole at every data size.
    const unpaged = (growth?.unpaged ?? []).flatMap((u) =>
      u.bySize.map((s) => ({ name: `${u.name} at ${s.factor}× the data (${s.status})`, cpuMs: { median: s.cpuMs, max: s.cpuMs } })),
    );
    const worst = [...cost.probes, ...unpaged].reduce((a, b) => (b.cpuMs.median > a.cpuMs.median ? b : a));
    const largest = cost.probes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    rows.push([
      "every request ≤ 100 ms CPU",
      `${worst.cpuMs.median.toFixed(1)} ms (${worst.name})`,
      yes([...cost.probes, ...unpaged].every((p) => p.cpuMs.max <= BUDGET_CPU_MS)),
    ]);
    rows.push(["every answer ≤ 4 MiB", `${kib(largest.bytes)} (${largest.name})`, yes(largest.bytes <= BUDGET_BYTES)]);
    const addin = cost.probes.filter((p) => p.addin);
    const worstAddin = addin.reduce((a, b) => (b.cpuMs.median > a.cpuMs.median ? b : a));
    rows.push([
      "every request the add-in sends ≤ 10 ms CPU (Free plan)",
      `${worstAddin.cpuMs.median.toFixed(1)} ms (${worstAddin.name})`,
      yes(worstAddin.cpuMs.median <= FREE_PLAN_CPU_MS),
    ]);
    // The costliest first request measured, the add-in's batches among them, not /healthz's.
    const fresh = cost.probes.filter((p) => p.group === "fresh").reduce((a, b) => (b.cpuMs.median > a.cpuMs.median ? b : a));
    rows.push([
      "first request of a fresh isolate ≤ 10 ms CPU",
      `${fresh.cpuMs.median.toFixed(1)} ms (${fresh.name.replace(/^first request of a fresh isolate: /, "")})`,
      yes(fresh.cpuMs.median <= FREE_PLAN_CPU_MS),
    ]);
  }
  if (cold?.coldStart.ratioToBaseline) {
    const c = cold.coldStart;
    rows.push([
      "spawn → first answer ≤ 1.2× a Worker answering only /healthz",
      `${c.ratioToBaseline.median.toFixed(2)}× (${c.firstAnswerMs.median.toFixed(0)} ms against ${c.baseline.firstAnswerMs.median.toFixed(0)} ms)${c.others?.dataAtStart ? `; a Worker that only unpacks the dataset: ${c.others.dataAtStart.ratioToBaseline.median.toFixed(2)}×` : ""}${c.others?.framework ? `; one with only the framework and one route: ${c.others.framework.ratioToBaseline.median.toFixed(2)}×` : ""}`,
      yes(c.ratioToBaseline.median <= 1.2),
    ]);
  }
  if (api?.routes.some((r) => r.single)) {
    const single = api.routes.filter((r) => r.single);
    const slowest = single.reduce((a, b) => (b.ratioToHealthz.median < a.ratioToHealthz.median ? b : a));
    rows.push([
      "every single-lookup route ≥ 0.95× /healthz",
      `lowest ${slowest.ratioToHealthz.median.toFixed(2)}× (${slowest.name}${slowest.sizeFloor ? `; a Worker with no code answering as many bytes: ${slowest.sizeFloor.ratioToHealthz.median.toFixed(2)}×` : ""})`,
      yes(slowest.ratioToHealthz.median >= 0.95),
    ]);
  }
  if (growth) {
    const judged = growth.http
      .filter((r) => r.name !== "healthz")
      .map((r) => ({ name: r.name, ...growthVerdict(r.bySize[0], r.bySize.at(-1)) }));
    const missed = judged.filter((r) => !r.met);
    const slowest = judged.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    rows.push([
      "at 100× the data every single lookup and a 100-call batch ≥ 0.8× their 1× throughput (an answer that grows: ≥ 0.8× its 1× bytes/s)",
      missed.length === 0
        ? `all ${judged.length} routes; lowest ${slowest.ratio.toFixed(2)}× (${slowest.name}${slowest.grows ? `, answer ${times(slowest.growth)} larger, ${slowest.perByte.toFixed(2)}× per byte` : ""})`
        : `${missed.length} of ${judged.length} not met: ${missed.map((r) => `${r.name} ${r.ratio.toFixed(2)}×${r.grows ? ` (answer ${times(r.growth)} larger, ${r.perByte.toFixed(2)}× per byte)` : ""}`).join("; ")}`,
      yes(missed.length === 0),
    ]);
  }
  return table(["goal", "measured", "met"], rows);
}

function headline(api, storm, growth) {
  const lines = [];
  if (api) {
    const single = api.routes.filter((r) => r.single);
    lines.push(
      `- Single lookups against the runtime's floor (/healthz, same run): ${single.map((r) => `${r.name} **${r.ratioToHealthz.median.toFixed(2)}×**`).join(", ")} (goal ≥ 0.95).`,
    );
    const big = api.routes.filter((r) => / all (JSON|CSV)$/.test(r.name) || r.name.startsWith("batch"));
    lines.push(
      `- Large answers: ${big.map((r) => `${r.name} ${r.ratioToHealthz.median.toFixed(2)}× (${kib(r.bytesPerResponse)} per answer)`).join(", ")}.`,
    );
    const b = api.routes.find((r) => r.name === "batch 1000");
    if (b)
      lines.push(
        `- /v1/batch with 1,000 calls: ${int(b.requestsPerSecond.median * b.lookupsPerRequest)} lookups/s, against ${int(api.routes.find((r) => r.name === "effect").requestsPerSecond.median)} single GET /v1/effect requests/s.`,
      );
  }
  if (storm) {
    lines.push(
      `- Recalculation storm of ${int(storm.formulas)} formulas: **${storm.speedupOverNaive.median.toFixed(0)}× faster** than one fetch per formula (min ${storm.speedupOverNaive.min.toFixed(0)}×), in **${storm.batched.requests.median} requests** instead of ${int(storm.naive.requests.median)}; the second recalculation made **${storm.cached.requests.max} requests** (goals: ≥ 20×, ≤ 20, 0).`,
    );
  }
  if (growth) {
    const judged = growth.http
      .filter((r) => r.name !== "healthz")
      .map((r) => ({ name: r.name, ...growthVerdict(r.bySize[0], r.bySize.at(-1)) }));
    const steady = judged.filter((r) => !r.grows);
    lines.push(
      `- Growth: at 100× the data, ${steady.filter((r) => r.met).length} of the ${steady.length} routes whose answer keeps its size keep ≥ 0.8× their throughput; ${judged.length - steady.length} answers grow with the data (${judged
        .filter((r) => r.grows)
        .map((r) => `${r.name} ${times(r.growth)}`)
        .join(", ")}), judged per byte.`,
    );
  }
  return lines.join("\n");
}

function costSection(c) {
  const groups = {
    fresh: "a fresh isolate",
    single: "single lookups",
    large: "large lists",
    batch: "batches",
    worst: "the worst we could construct",
  };
  const rows = c.probes.map((p) => [
    p.name,
    `**${range(p.cpuMs)}**`,
    p.repeatedCpuMs ? fixed(p.repeatedCpuMs.median, 2) : "",
    p.heapMB === undefined ? "" : p.heapMB.toFixed(2),
    kib(p.bytes),
    String(p.status),
    `${yes(p.cpuMs.median <= FREE_PLAN_CPU_MS)}${p.addin ? " (sent by the add-in)" : ""}`,
  ]);
  return `Each request is measured on a fresh workerd serving the production bundle (${c.runs} runs, median and min–max): CPU ms is the run time of all workerd threads while it answers that one request (read from /proc at nanosecond resolution, so it includes reading and writing the HTTP bytes). Before it, the same code ran with other arguments (so the compiler is warm but the Worker's caches miss: the cost a new question pays); "repeated" is the same request again, served from the per-isolate caches. Heap MB is what the request allocates, measured by running the same bundle in Node (bench/request-cost-probe.mjs). Goals: ≤ ${BUDGET_CPU_MS} ms CPU and ≤ 4 MiB for every request; ≤ ${FREE_PLAN_CPU_MS} ms (the Workers Free plan) for what the add-in sends, which is batches of at most CLIENT_BATCH_CALLS (worker/src/contract/limits.ts) calls, each counted by its CLIENT_CALL_WEIGHT (a FINDINGS call counts ${weightOf("findings")}). Groups: ${Object.values(groups).join(", ")}.

${table(["request", "CPU ms", "CPU ms, repeated", "heap MB", "answer", "status", `fits the Free plan (≤ ${FREE_PLAN_CPU_MS} ms)`], rows)}`;
}

/** The single lookups under 0.95× beside a Worker with no code answering as many bytes (bench/size-floor.mjs). */
function sizeFloors(api) {
  const floored = api.routes.filter((r) => r.sizeFloor);
  if (floored.length === 0) return "";
  return `

Single lookups under 0.95×, beside a Worker with no code of its own answering a body of the same size (UTF-8 encoded once, as exo-bone keeps its answers), loaded the same way against its own 15-byte answer (bench/size-floor.mjs; median and min–max over ${api.rounds} rounds): what sending that many bytes costs on this machine when no code runs at all. exo-bone's ratios are to its own /healthz, which runs the middleware too, so they can come out above the no-code Worker's.

${table(
  ["single lookup", "answer body", "ratio to /healthz", "a Worker with no code, same body size"],
  floored.map((r) => [r.name, kib(r.sizeFloor.bodyBytes), range(r.ratioToHealthz, 2), `**${range(r.sizeFloor.ratioToHealthz, 2)}**`]),
)}`;
}

function apiSection(api) {
  const rows = api.routes.map((r) => [
    `\`${r.request}\`${r.lookupsPerRequest > 1 ? ` (${int(r.lookupsPerRequest)} calls)` : ""}`,
    `**${range(r.ratioToHealthz)}**`,
    range(r.requestsPerSecond, 0),
    r.lookupsPerRequest > 1 ? int(r.requestsPerSecond.median * r.lookupsPerRequest) : "",
    range(r.p50Ms, 0),
    range(r.p99Ms, 0),
    kib(r.bytesPerResponse),
    String(r.failed),
  ]);
  return `The production bundle (\`wrangler deploy --dry-run\`) on raw workerd (bench/workerd.capnp), loaded from 127.0.0.1 by autocannon with ${api.connections} connections, ${api.secondsPerRun} s per run, ${api.rounds} rounds with the route order rotated each round and /healthz run between every two routes. A route's ratio is its requests/s over the mean of the /healthz runs just before and just after it (median and min–max over rounds), so both saw the same background load; /healthz runs the same middleware (CORS, security headers, dataset version, ETag) with no lookup, so it is the floor this runtime sets on this machine. Latency percentiles come from autocannon in whole milliseconds and include queueing behind ${api.connections} concurrent connections.

${table(["request", "ratio to /healthz", "requests/s", "lookups/s", "p50 ms", "p99 ms", "answer size", "failed"], rows)}${sizeFloors(api)}`;
}

function stormSection(s) {
  return `Headless Chromium opens a page on the Worker's origin (raw workerd) that registers the real functions bundle (dist/addin/functions.js) with a stand-in for Excel's CustomFunctions, then calls ${int(s.formulas)} EXO.* formulas at once as Excel does on recalculation: ${Object.entries(
    s.mix,
  )
    .map(([id, n]) => `${int(n)} ${id}`)
    .join(
      ", ",
    )} (the sources × processes grid repeated down the sheet with every spelling the review uses for each source; ${int(s.distinctFormulas)} distinct formulas). Then the same sheet again on the same page, and the same sheet naively: one \`fetch\` of \`POST /v1/batch\` with a single call per formula, all at once. Chromium refuses part of 10,000 simultaneous fetches (\`Failed to fetch\`); the naive run sends those again until every formula has its answer, and counts them. ${s.runs} runs, each on a fresh page (empty cache). The naive answers were checked against the functions' cells: ${s.naive.agreeing.min === s.formulas ? "all agree in every run" : `${range(s.naive.agreeing, 0)} of ${s.formulas} agree`}.

${table(
  ["", "time to every answer, ms", "HTTP requests", "notes"],
  [
    ["batched (the add-in's client)", range(s.batched.ms, 0), range(s.batched.requests, 0), ""],
    ["second recalculation (cache)", range(s.cached.ms, 0), range(s.cached.requests, 0), ""],
    [
      "naive, one fetch per formula",
      range(s.naive.ms, 0),
      range(s.naive.requests, 0),
      `${range(s.naive.refusedByBrowser, 0)} fetches refused by Chromium and resent, in ${range(s.naive.rounds, 0)} rounds`,
    ],
    ["**naive ÷ batched**", `**${range(s.speedupOverNaive, 0)}×**`, "", ""],
  ],
)}`;
}

/** Column headings for the Workers bench/floor-workers.mjs builds, by their key in cold-start.json. */
const FLOOR_WORKERS = {
  dataAtStart: "a Worker that only unpacks the dataset while it starts",
  dataInFirstRequest: "a Worker that only unpacks the dataset in its first request",
  framework: "a Worker with only the framework (Hono, @hono/zod-openapi, zod) and one route",
};

function coldSection(c) {
  const cs = c.coldStart;
  const addin = c.addin.length
    ? table(
        ["add-in file (dist/addin)", "bytes", "gzipped"],
        c.addin.map((f) => [f.file, kib(f.bytes), `**${kib(f.gzipBytes)}**`]),
      )
    : "The add-in was not built; run `npm run build`.";
  const b = cs.baseline;
  const others = Object.entries(cs.others ?? {});
  const row = (label, key, digits = 1) => [
    label,
    key === "firstAnswerMs" ? `**${range(cs[key], digits)}**` : range(cs[key], digits),
    b ? range(b[key], digits) : "",
    ...others.map(([, o]) => range(o[key], digits)),
  ];
  const { dataAtStart, dataInFirstRequest, framework } = cs.others ?? {};
  return `Worker bundle as uploaded: ${c.worker.modules.length} modules (index.js, minified, with zod's classic API but not its locales (worker/build/zod); the dataset, validated and indexed at build time, packed as a Text module; and the OpenAPI document, generated from the routes' zod schemas at build time, as a Text module served as it is), **${kib(c.worker.gzipBytes)} gzipped** (${kib(c.worker.bytes)} raw; each module gzipped on its own at level 9 and summed).

Start-up, from spawning a fresh workerd process (${cs.runs} runs, median and min–max), beside a Worker whose whole code is \`fetch: () => new Response('{"status":"ok"}')\` (the runtime's own floor), in alternating runs:

${table(
  ["", "exo-bone", "a Worker answering only /healthz", ...others.map(([name]) => FLOOR_WORKERS[name])],
  [
    row("spawn → port accepts connections (bundle compiled and evaluated)", "listeningMs"),
    row("spawn → first answer from /healthz", "firstAnswerMs"),
    ...(b
      ? [
          [
            "spawn → first answer ÷ the minimal Worker's, same run",
            range(cs.ratioToBaseline, 2),
            "1",
            ...others.map(([, o]) => range(o.ratioToBaseline, 2)),
          ],
        ]
      : []),
    row(
      "CPU ms to start (exo-bone: compile the bundle, build the routes' zod schemas, unpack the dataset, run each lookup once)",
      "startupCpuMs",
    ),
    row("first request, ms", "firstRequestMs"),
    row("first request, CPU ms", "firstRequestCpuMs", 2),
    row("the next request, ms", "warmRequestMs"),
    row("the next request, CPU ms", "warmRequestCpuMs", 2),
  ],
)}

${b ? `Spawn → first answer is **${range(cs.ratioToBaseline)}×** the minimal Worker's (goal ≤ 1.2×). No request parses, validates or indexes data. What a fresh isolate does before it answers: workerd compiles index.js (zod's schemas and parsers, Hono, @hono/zod-openapi with the OpenAPI generator, MiniSearch and the Worker's own code); evaluating it builds every route's zod schemas, request validation and the OpenAPI document's response shapes with their metadata (several hundred schema objects; the document itself is generated at build time, so no request runs the generator); the dataset module is parsed and unpacked (one JSON.parse and one walk), with the free-text index built at build time and kept as a snapshot of MiniSearch's own tree (restored Map by Map, no term re-inserted); and each lookup runs with its required arguments and with all of them through the batch route's own validation, so that V8 has compiled the paths of a first batch before it arrives (FINDINGS with text restores the free-text index then, which a first search would otherwise do inside its request). That last step moves CPU time from the first request, which the plans limit (10 ms on the Free plan), into start-up, which has a budget of its own; the first requests of a fresh isolate, the add-in's batches among them, are the first rows of the cost-per-request table.` : ""}
${
  dataAtStart && dataInFirstRequest
    ? `
Two of the Workers on the right hold the same build/dataset.pack and do nothing else (bench/floor-workers.mjs: the Worker's own unpack, no Hono, no zod, no free-text index), the least any Worker answering from this data does. Unpacking it while it starts costs ${dataAtStart.startupCpuMs.median.toFixed(1)} ms of start-up CPU against the minimal Worker's ${b.startupCpuMs.median.toFixed(1)}, and its first answer comes at **${dataAtStart.ratioToBaseline.median.toFixed(2)}×** the minimal Worker's${dataAtStart.ratioToBaseline.median > 1.2 ? ": over the 1.2× goal before any code of exo-bone's own runs" : ""}. Unpacking it in the first request instead answers at ${dataInFirstRequest.ratioToBaseline.median.toFixed(2)}×, and that request spends ${dataInFirstRequest.firstRequestCpuMs.median.toFixed(1)} ms of CPU before any lookup runs, of the 10 ms the Free plan allows a request.`
    : ""
}${
  framework
    ? `

The last Worker is the framework exo-bone is built on and nothing of exo-bone: Hono with @hono/zod-openapi and zod's classic API (trimmed as the Worker bundle trims it), and one route, /healthz, declared with a zod schema as exo-bone declares its routes (bench/floor-workers.mjs). It starts on ${framework.startupCpuMs.median.toFixed(1)} ms of CPU against the minimal Worker's ${b.startupCpuMs.median.toFixed(1)}, and answers first at **${framework.ratioToBaseline.median.toFixed(2)}×** the minimal Worker's${framework.ratioToBaseline.median > 1.2 ? ": with no data and no route of exo-bone's, the libraries alone are over the 1.2× goal" : ""}.`
    : ""
}

${addin}`;
}

function growthSection(g) {
  const factors = g.sizes.map((s) => `${s.factor}×`);
  const sizes = table(
    ["data", "findings", "molecules", "references", "spawn → first answer, ms", "first request, ms", "dataset load in Node, ms"],
    g.sizes.map((s, i) => [
      factors[i],
      int(s.findings),
      int(s.molecules),
      int(s.references),
      range(s.coldStart.firstAnswerMs, 0),
      range(s.coldStart.firstRequestMs, 0),
      range(g.lookupCost.datasets[i].loadMs, 0),
    ]),
  );
  const lookups = table(
    [
      "lookup (no HTTP)",
      "serves",
      ...factors.map((f) => `µs per call, ${f}`),
      ...factors.slice(1).map((f) => `cost ${f} ÷ 1×`),
      ...factors.map((f) => `answer, ${f}`),
    ],
    g.lookupCost.lookups.map((l) => [
      `\`${l.name}\``,
      l.kind === "function" ? "EXO.* (batch)" : "GET route",
      ...l.microseconds.map((m) => fixed(m.median, 1)),
      ...l.microseconds.slice(1).map((m) => `${(m.median / l.microseconds[0].median).toFixed(1)}×`),
      ...(l.answerBytes ?? []).map(kib),
    ]),
  );
  const http = table(
    [
      "route",
      ...factors.map((f) => `requests/s, ${f}`),
      ...factors.slice(1).map((f) => `throughput ${f} ÷ 1×`),
      ...factors.map((f) => `answer, ${f}`),
      `bytes/s ${factors.at(-1)} ÷ 1×`,
      `goal met at ${factors.at(-1)}`,
      `Worker CPU ms per answer, ${factors[0]} / ${factors.at(-1)}`,
      `Worker CPU per byte, ${factors.at(-1)} ÷ 1×`,
    ],
    g.http.map((r) => {
      const verdict = growthVerdict(r.bySize[0], r.bySize.at(-1));
      const [curated, grown] = [r.bySize[0], r.bySize.at(-1)];
      const cpu = curated.workerCpuMsPerRequest && grown.workerCpuMsPerRequest;
      const perByte = (s) => s.workerCpuMsPerRequest.median / s.bytesPerResponse;
      return [
        r.name,
        ...r.bySize.map((s) => range(s.requestsPerSecond, 0)),
        ...r.bySize.slice(1).map((s) => `**${range(s.ratioToCurated)}**`),
        ...r.bySize.map((s) => (s.bytesPerResponse === undefined ? "" : kib(s.bytesPerResponse))),
        verdict.grows ? verdict.perByte.toFixed(2) : "",
        r.name === "healthz" ? "" : `${yes(verdict.met)}${verdict.grows ? " (per byte)" : ""}`,
        cpu ? `${curated.workerCpuMsPerRequest.median.toFixed(2)} / ${grown.workerCpuMsPerRequest.median.toFixed(2)}` : "",
        cpu && verdict.grows ? (perByte(grown) / perByte(curated)).toFixed(2) : "",
      ];
    }),
  );
  const unpaged = g.unpaged
    ? table(
        ["whole answer", ...factors.flatMap((f) => [`status, ${f}`, `CPU ms, ${f}`, `CPU ms again, ${f}`])],
        g.unpaged.map((u) => [
          `\`GET ${u.path}\``,
          ...u.bySize.flatMap((s) => [`${s.status} (${kib(s.bytes)})`, `**${s.cpuMs.toFixed(1)}**`, range(s.repeatedCpuMs, 1)]),
        ]),
      )
    : "";
  return `bench/synthetic.mjs writes datasets 10× and 100× the curated one into a temporary folder (never committed): findings, cargo molecules and cited works copied with unique names, sources, targets and verdicts unchanged, so every source × process holds 10× or 100× the findings and cargo — the harder case for per-request lookups. The same production bundle serves each, its dataset module packed from the synthetic files by the same build step (npm run build:dataset), indexes included.

Lookups without HTTP are timed in one Node process over all three datasets (bench/lookup-cost.ts: each lookup warmed on every size, then 7 rounds timing a stretch of about 40 ms on each size in turn; median), with the size of each answer as JSON. This is the cost of a question the Worker has not answered before: every GET route and POST /v1/batch keep serialised answers per isolate, so repeated requests skip the lookup.

HTTP throughput is measured on three workerd processes at once, ${g.rounds} interleaved rounds of ${g.secondsPerRun} s per route and size, as a ratio to the same route on the curated data in the same round; batches of one function are 100 distinct calls of it. The goal (≥ 0.8× at 100×) is judged by one rule: a route whose answer keeps its size must keep 0.8× its requests/s; a route whose answer grows with the data (over ${Math.round((GROWS - 1) * 100)} % larger: FINDINGS spills every row, CARGO and CITATIONS list every name, the full lists list every row) must keep 0.8× its bytes/s, i.e. its cost per byte must hold ("per byte" in the goal column). Bytes/s tends to rise as an answer grows (a request's fixed cost is spread over more bytes), so the rule bounds the cost per byte; it does not say an answer should be that large. A batch value carries only what its EXO.* function shows (EFFECT: the verdict and its counts), so what grows in the batch rows is what the functions show: every row of a FINDINGS spill, every name of CARGO and CITATIONS.

The Worker's own CPU time per answer is read from /proc for workerd's threads over each load run (median over rounds). The load generator (autocannon) runs on the same two cores and spends several times the Worker's CPU per byte of a large answer, so for answers of a MiB or more the requests/s and bytes/s above are bound by the client as much as by the Worker; the last column shows whether the Worker's own cost per byte held (≤ 1 is as cheap per byte as on the curated data). The graph row asks for one source × process (the same pair as the filtered findings): from 100× on, the whole graph is over the 4 MiB answer budget, a 413 that is no graph, so throughput on it would measure a refusal.

The GET answers that have no pages, asked for whole on the same servers after the load runs: the first request builds the answer (nothing cached), the next ones are served from the cache when it is a 200 and refused again when it is a 413. A refusal stops building once the answer passes 4 MiB, so its cost does not grow with the data.

${sizes}

${lookups}

${unpaged}

${http}`;
}

function loadSection(l) {
  return `\`npm run bench:load\`: the production bundle on workerd, ${l.connections} connections for ${Math.round(l.seconds)} s, each cycling through ${l.requestMix.length} requests (every source × process EFFECT, filtered findings as JSON and CSV, free-text search, the matrix, a source by alias, a 100-call batch). Run ${l.date.slice(0, 16).replace("T", " ")} UTC.

${table(
  ["requests", "requests/s", "p50 ms", "p99 ms", "max ms", "errors", "timeouts", "non-2xx"],
  [
    [
      int(l.requests),
      int(l.requestsPerSecond),
      l.latencyMs.p50,
      `**${l.latencyMs.p99}**`,
      l.latencyMs.max,
      `**${l.errors}**`,
      `**${l.timeouts}**`,
      `**${l.non2xx}**`,
    ],
  ],
)}`;
}

export function writeReport({ resultsDir, reportPath }) {
  const run = read(resultsDir, "run");
  const api = read(resultsDir, "api");
  const cold = read(resultsDir, "cold-start");
  const cost = read(resultsDir, "cost");
  const growth = read(resultsDir, "growth");
  const storm = read(resultsDir, "storm");
  const load = read(resultsDir, "load");
  const sections = [
    "# Benchmarks",
    "Written by `npm run bench` from bench/results/*.json; do not edit by hand. Numbers from one machine are comparable with each other, not with another machine's: read the ratios.",
    "## Goals",
    goals(api, cost, cold, growth),
    "## Headline",
    headline(api, storm, growth),
    "## Machine",
    run ? machineSection(run.machine, run.date, run.totalSeconds) : "",
    "## How to reproduce",
    [
      "```sh",
      "npm ci",
      "apt-get install -y chromium      # Debian's /usr/bin/chromium, for the recalculation storm",
      "npm run bench                    # about 15 minutes; loopback ports 8792–8799",
      "npm run bench:load               # 60 s at 64 connections; fails on any error or timeout",
      "```",
      "",
      "`npm run bench` builds the add-in (`npm run build`) and the Worker (`wrangler deploy --dry-run --outdir` into a temporary folder), serves the Worker on raw workerd with bench/workerd.capnp, and writes bench/results/{cold-start,cost,api,growth,storm}.json and this file. Nothing is asserted on time: tests never time anything; this is the place for numbers.",
    ].join("\n"),
    "## 1. API throughput and latency",
    api ? apiSection(api) : "Not measured.",
    "## 2. Recalculation storm",
    storm ? stormSection(storm) : "Not measured: the custom-functions bundle was not built.",
    "## 3. Cold start and size",
    cold ? coldSection(cold) : "Not measured.",
    "## 4. Cost per request",
    cost ? costSection(cost) : "Not measured.",
    "## 5. Growth: 10× and 100× the data",
    growth ? growthSection(growth) : "Not measured.",
    "## Load: 60 s at 64 connections",
    load ? loadSection(load) : "Run `npm run bench:load` to add this section.",
  ];
  writeFileSync(reportPath, `${sections.join("\n\n")}\n`);
}
