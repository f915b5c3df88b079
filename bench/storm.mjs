/**
 * Recalculation storm: headless Chromium opens a page on the Worker's origin that registers the
 * real functions bundle (dist/addin/functions.js), then fires 10,000 EXO.* formulas at once as
 * Excel does when a sheet recalculates; the same formulas again (from the cache); and the same
 * formulas naively, one fetch each. Several runs, each on a fresh page, side by side.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { CHROMIUM, launchChromium } from "../tests/e2e/support/chromium.mjs";
import { processes, sourceCodes } from "./batch-calls.mjs";
import { spread } from "./stats.mjs";
import { startWorkerd } from "./workerd.mjs";

const addinDir = new URL("../dist/addin/", import.meta.url).pathname;
const hostScript = new URL("./storm-host.js", import.meta.url).pathname;
const FORMULAS = 10_000;

/** Why the storm cannot run here, or undefined when it can. */
export function stormBlocked() {
  if (!existsSync(join(addinDir, "functions.js"))) return "no custom-functions bundle in dist/addin (npm run build)";
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (apt-get install -y chromium)`;
  return undefined;
}

/**
 * A sheet of 10,000 formulas: the sources × processes EFFECT grid repeated down the sheet with
 * each source spelled as the review does (code, name, aliases), COUNTs by direction, and
 * FINDINGS spills; omitted optional arguments are null, as Excel passes them.
 */
function sheet(spellings) {
  const codes = sourceCodes();
  const directions = [null, "promotes", "inhibits", "no_effect"];
  return Array.from({ length: FORMULAS }, (_, i) => {
    const code = codes[i % codes.length];
    const names = spellings.get(code) ?? [code];
    const source = names[Math.floor(i / codes.length) % names.length];
    const process = processes[Math.floor(i / codes.length) % processes.length];
    const kind = i % 20;
    if (kind < 14) return ["EFFECT", source, process, null];
    if (kind < 19) return ["COUNT", source, process, directions[Math.floor(i / 20) % directions.length]];
    return ["FINDINGS", code, i % 40 < 20 ? process : null, null];
  });
}

const contentTypes = { ".js": "text/javascript", ".html": "text/html" };

/** Serves the storm page and the built functions bundle on the Worker's origin, without touching /v1. */
async function openStormPage(browser, origin) {
  const page = await browser.newPage();
  const serve = (path, body) =>
    page.route(`${origin}${path}`, (route) => route.fulfill({ status: 200, contentType: contentTypes[extname(path)], body }));
  await serve(
    "/storm.html",
    '<!doctype html><meta charset="utf-8"><title>storm</title><script src="/storm-host.js"></script><script type="module" src="/functions.js"></script>',
  );
  await serve("/storm-host.js", readFileSync(hostScript, "utf8"));
  await page.route(`${origin}/functions.js`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: readFileSync(join(addinDir, "functions.js"), "utf8") }),
  );
  await page.route(`${origin}/chunks/*`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: readFileSync(join(addinDir, new URL(route.request().url()).pathname), "utf8") }),
  );
  await page.goto(`${origin}/storm.html`);
  await page.waitForFunction(() => globalThis.__storm?.registered().includes("EFFECT"), null, { timeout: 15_000 });
  // Measured requests must not pass through Playwright's interception.
  await page.unrouteAll({ behavior: "wait" });
  return page;
}

export async function benchStorm(bundle, port, { runs = 3, log = () => {} } = {}) {
  const server = await startWorkerd(bundle.outdir, port);
  const browser = await launchChromium();
  try {
    const sources = await (await fetch(`${server.url}/v1/sources`)).json();
    const spellings = new Map(sources.data.map((s) => [s.code, [s.code, s.name, ...s.aliases]]));
    const formulas = sheet(spellings);
    const samples = [];
    for (let run = 0; run < runs; run++) {
      const page = await openStormPage(browser, server.url);
      try {
        const first = await page.evaluate((f) => globalThis.__storm.recalculate(f), formulas);
        const again = await page.evaluate((f) => globalThis.__storm.recalculate(f), formulas);
        const naive = await page.evaluate((f) => globalThis.__storm.naive(f), formulas);
        samples.push({ first, again, naive, speedup: naive.ms / first.ms });
        log(
          `  run ${run + 1}: batched ${Math.round(first.ms)} ms in ${first.requests} requests, cached ${Math.round(again.ms)} ms in ${again.requests}, naive ${Math.round(naive.ms)} ms in ${naive.requests} (${naive.refused} refused by the browser and resent; ${naive.agreeing} answers agree)`,
        );
      } finally {
        await page.close();
      }
    }
    const of = (pick) => spread(samples.map(pick));
    return {
      formulas: formulas.length,
      distinctFormulas: new Set(formulas.map((f) => JSON.stringify(f))).size,
      mix: Object.fromEntries(["EFFECT", "COUNT", "FINDINGS"].map((id) => [id, formulas.filter((f) => f[0] === id).length])),
      runs,
      batched: { ms: of((s) => s.first.ms), requests: of((s) => s.first.requests) },
      cached: { ms: of((s) => s.again.ms), requests: of((s) => s.again.requests) },
      naive: {
        ms: of((s) => s.naive.ms),
        requests: of((s) => s.naive.requests),
        refusedByBrowser: of((s) => s.naive.refused),
        rounds: of((s) => s.naive.rounds),
        unanswered: of((s) => s.naive.unanswered),
        agreeing: of((s) => s.naive.agreeing),
      },
      speedupOverNaive: of((s) => s.speedup),
      samples,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
