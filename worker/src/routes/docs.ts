import type { OpenAPIHono } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { defineRoute } from "./route";
import { createRouter } from "./router";

type OpenAPIDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: { example?: unknown } }[];
}

/** The HTTP reference as plain HTML: readable without scripts, printable, linkable per route. */
export function renderDocs(doc: OpenAPIDocument): string {
  const sections = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => {
      const anchor = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-").replace(/-+$/, "");
      const rows = (op.parameters ?? [])
        .map((p) => `<tr><td><code>${escape(p.name)}</code></td><td>${p.in}</td><td>${p.required ? "yes" : "no"}</td><td>${escape(p.description ?? "")}</td></tr>`)
        .join("");
      const params = rows ? `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>` : "";
      return `<section id="${anchor}"><h2><code>${method.toUpperCase()} ${escape(path)}</code></h2><p>${escape(op.summary ?? "")}</p>${op.description ? `<p>${escape(op.description)}</p>` : ""}${params}</section>`;
    }),
  );
  const toc = Object.entries(doc.paths ?? {})
    .flatMap(([path, item]) => Object.keys(item as object).map((m) => `<li><a href="#${`${m}-${path}`.replace(/[^a-z0-9]+/gi, "-").replace(/-+$/, "")}"><code>${m.toUpperCase()} ${escape(path)}</code></a></li>`))
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>exo-bone API reference</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#201f1e}code{background:#f3f2f1;padding:0 .2em}table{border-collapse:collapse;width:100%}td,th{border:1px solid #c8c6c4;padding:.3em .5em;text-align:left;vertical-align:top}section{border-top:1px solid #edebe9;margin-top:1.5rem}</style>
</head><body><h1>exo-bone API reference</h1>
<p>${escape(doc.info.description ?? "")}</p>
<p>Dataset ${escape(dataset().version)}. Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Every list route answers <code>?format=csv</code> or <code>?format=tsv</code>; errors are <code>application/problem+json</code>.</p>
<h2>Routes</h2><ul>${toc}</ul>${sections.join("")}</body></html>`;
}

const route = defineRoute({
  method: "get",
  operationId: "getDocs",
  tags: ["service"],
  path: "/docs",
  summary: "This reference, as a readable page",
  responses: { 200: { description: "HTML" } },
});

/** /docs needs the finished document of the whole app, so the app hands it over once built. */
export function docsRoutes(document: () => OpenAPIDocument) {
  let html: string | undefined;
  return createRouter().openapi(route, (c) => {
    html ??= renderDocs(document());
    return c.html(html, 200, { "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" });
  });
}
