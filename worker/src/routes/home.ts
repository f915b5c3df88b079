import { z } from "@hono/zod-openapi";
import { PROCESS_LABELS, PROCESSES, VERDICT_COLOURS, VERDICTS, type Verdict } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { dataset } from "../dataset/embedded";
import { escapeHtml as e, jsonInHtml, pagePolicy, pageStyle } from "../http/html";
import { datasetJsonLd } from "../lookups/dataset-jsonld";
import { matrix } from "../lookups/matrix";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const verdictWords: Record<Verdict, string> = {
  promotes: "promotes",
  inhibits: "inhibits",
  mixed: "mixed: the review disagrees with itself",
  not_studied: "not studied: the review says no study exists",
  no_data: "no data: the review says nothing",
};

const cell = (verdict: Verdict) => `<td class="v-${verdict}">${e(verdict.replace("_", " "))}</td>`;

function matrixTable(ds: Dataset): string {
  const head = `<tr><th scope="col">source</th>${PROCESSES.map((p) => `<th scope="col">${e(PROCESS_LABELS[p])}</th>`).join("")}</tr>`;
  const rows = matrix(ds, {})
    .map(
      (row) =>
        `<tr><th scope="row"><abbr title="${e(row.name)}">${e(row.source)}</abbr> <span class="name">${e(row.name)}</span></th>${PROCESSES.map((p) => cell(row[p])).join("")}</tr>`,
    )
    .join("");
  return `<table class="matrix"><caption>The review's verdict on each source × process (Figures 1–3 as data; <a href="/v1/matrix?format=csv">CSV</a>)</caption><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

const legend = () =>
  `<ul class="legend">${VERDICTS.map((v) => `<li><span class="swatch v-${v}"></span>${e(verdictWords[v])}</li>`).join("")}</ul>`;

/** The page for people: what this is, where it comes from, the matrix, the links, how to cite. */
export function renderHome(ds: Dataset, origin: string): string {
  const review = ds.descriptor.sources[0]!;
  const license = ds.descriptor.licenses[0]!;
  const colours = VERDICTS.map((v) => `.v-${v}{background:${VERDICT_COLOURS[v]}}`).join("");
  const files = ds.descriptor.resources.map((r) => `<li><a href="/data/${e(r.path)}">${e(r.path)}</a></li>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>exo-bone: how exosomes regulate bone</title>
<style>${pageStyle}${colours}.matrix td{text-align:center;color:#000}.name{font-weight:normal;color:#605e5c}.legend{list-style:none;padding:0}.swatch{display:inline-block;width:1em;height:1em;border:1px solid #605e5c;margin-right:.5em;vertical-align:middle}</style>
<script type="application/ld+json">${jsonInHtml(datasetJsonLd(ds, origin))}</script>
</head><body><main>
<h1>exo-bone</h1>
<p>${e(ds.descriptor.title)}. Every finding is a claim of one review, with its mechanism, cargo, targets, citations and a verbatim quote.</p>
<p>Source: <cite>${e(review.title)}</cite>, <a href="${e(review.path)}">doi:${e(review.doi ?? "")}</a> (${e(license.title)}). Dataset version <code>${e(ds.version)}</code>: ${ds.findings.length} findings, ${ds.sources.length} sources, ${ds.verdicts.length} verdicts.</p>
<h2>The verdict matrix</h2>
${matrixTable(ds)}
<h3>Legend</h3>${legend()}
<h2>Use it</h2>
<ul>
<li><a href="/docs">API reference</a> and the machine-readable <a href="/openapi.json">OpenAPI document</a></li>
<li>Findings as a table: <a href="/v1/findings?format=csv">CSV</a> or <a href="/v1/findings?format=tsv">TSV</a> (every row)</li>
<li>The Excel add-in: <a href="/manifest.xml">manifest.xml</a> to sideload</li>
<li>The data files, as in the repository (<a href="/data/datapackage.json">datapackage.json</a>, a Frictionless Data Package):<ul>${files}</ul></li>
</ul>
<h2>How to cite</h2>
<p>Cite the review the facts come from: <cite>${e(review.title)}</cite>, doi:<a href="${e(review.path)}">${e(review.doi ?? "")}</a>. To cite this dataset, name it with its version: exo-bone ${e(ds.version)}, ${e(origin)}/, derived from that review under ${e(license.title)}.</p>
</main></body></html>`;
}

const route = defineRoute({
  method: "get",
  path: "/",
  operationId: "getHome",
  tags: ["service"],
  summary: "A page for people: what this is, the verdict matrix, links and how to cite",
  responses: { 200: { description: "HTML, without scripts", content: { "text/html": { schema: z.string() } } } },
});

const pages = new Map<string, string>();

export const homeRoutes = createRouter().openapi(route, (c) => {
  const origin = new URL(c.req.url).origin;
  let html = pages.get(origin);
  if (html === undefined) {
    html = renderHome(dataset(), origin);
    if (pages.size < 8) pages.set(origin, html);
  }
  return c.html(html, 200, { "Content-Security-Policy": pagePolicy });
});
