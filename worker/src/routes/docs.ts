import { MAX_LIST_LIMIT } from "../contract/limits";
import { dataset } from "../dataset/embedded";
import { escapeHtml as e, pagePolicy, pageStyle } from "../http/html";
import { JSON_PAGE } from "../http/paging";
import { builtDocument } from "./built-document";
import { type OpenAPIDocument, problemSections } from "./openapi-document";
import { defineRoute } from "./route";
import { createRouter } from "./router";

type PathItem = NonNullable<OpenAPIDocument["paths"]>[string];
type Operation = NonNullable<PathItem["get"]>;
type Schemas = NonNullable<NonNullable<OpenAPIDocument["components"]>["schemas"]>;
type Schema = Schemas[string];

const anchorOf = (method: string, path: string): string => `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-").replace(/-+$/, "");

/** A schema as a short type: a link to a named schema, or its type in words. */
function typeOf(schema: Schema | undefined): string {
  if (!schema) return "";
  if ("$ref" in schema) {
    const name = String(schema.$ref).split("/").pop()!;
    return `<a href="#schema-${e(name)}">${e(name)}</a>`;
  }
  if (schema.enum) return schema.enum.map((v) => `<code>${e(String(v))}</code>`).join(" | ");
  if (schema.type === "array") return `list of ${typeOf(schema.items)}`;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(" or ");
  if (schema.type === "object" && schema.properties) return `{${Object.keys(schema.properties).map(e).join(", ")}}`;
  return e(String(schema.type ?? "any"));
}

/** An example request built from the parameters' examples, so a reader can click it. */
function exampleUrl(path: string, op: Operation): string {
  let url = path;
  const query: string[] = [];
  for (const p of op.parameters ?? []) {
    if ("$ref" in p) continue;
    const example = p.schema && !("$ref" in p.schema) ? p.schema.example : undefined;
    if (example === undefined) continue;
    if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(String(example)));
    else if (p.in === "query" && p.required) query.push(`${p.name}=${encodeURIComponent(String(example))}`);
  }
  return /\{/.test(url) ? "" : `${url}${query.length > 0 ? `?${query.join("&")}` : ""}`;
}

function operationSection(path: string, method: string, op: Operation): string {
  const params = (op.parameters ?? [])
    .flatMap((p) => ("$ref" in p ? [] : [p]))
    .map(
      (p) =>
        `<tr><td><code>${e(p.name)}</code></td><td>${p.in}</td><td>${p.required ? "yes" : "no"}</td><td>${typeOf(p.schema)}</td><td>${e(p.description ?? "")}</td></tr>`,
    )
    .join("");
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      if ("$ref" in r) return `<tr><td>${status}</td><td><a href="#problems">${e(r.$ref.split("/").pop()!)}</a></td><td></td></tr>`;
      const content = Object.keys(r.content ?? {})
        .map((type) => `<code>${e(type)}</code> ${typeOf(r.content?.[type]?.schema)}`)
        .join("<br>");
      return `<tr><td>${status}</td><td>${e(r.description)}</td><td>${content}</td></tr>`;
    })
    .join("");
  const example = method === "get" ? exampleUrl(path, op) : "";
  return `<section id="${anchorOf(method, path)}"><h2><code>${method.toUpperCase()} ${e(path)}</code></h2><p>${e(op.summary ?? "")}</p>${op.description ? `<p>${e(op.description)}</p>` : ""}
${example ? `<p>Example: <a href="${e(example)}"><code>${e(example)}</code></a></p>` : ""}
${params ? `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>type</th><th>meaning</th></tr></thead><tbody>${params}</tbody></table>` : ""}
<h3>Responses</h3><table><thead><tr><th>status</th><th>meaning</th><th>body</th></tr></thead><tbody>${responses}</tbody></table></section>`;
}

function schemaSection(name: string, schema: Schema): string {
  const props = "properties" in schema && schema.properties ? Object.entries(schema.properties) : [];
  const rows = props
    .map(
      ([prop, s]) =>
        `<tr><td><code>${e(prop)}</code></td><td>${typeOf(s)}</td><td>${e(("description" in s && s.description) || "")}</td></tr>`,
    )
    .join("");
  const description = "description" in schema && schema.description ? `<p>${e(schema.description)}</p>` : "";
  return `<section id="schema-${e(name)}"><h3>${e(name)}</h3>${description}${rows ? `<table><thead><tr><th>field</th><th>type</th><th>meaning</th></tr></thead><tbody>${rows}</tbody></table>` : `<p>${typeOf(schema)}</p>`}</section>`;
}

/** The HTTP reference as plain HTML: readable without scripts, printable, linkable per route, problem and schema. */
export function renderDocs(doc: OpenAPIDocument): string {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    (["get", "post"] as const).flatMap((method) => (item[method] ? [{ path, method, op: item[method] }] : [])),
  );
  const toc = operations
    .map(({ path, method }) => `<li><a href="#${anchorOf(method, path)}"><code>${method.toUpperCase()} ${e(path)}</code></a></li>`)
    .join("");
  const problems = problemSections
    .map((p) => `<section id="${p.anchor}"><h3>${p.status} ${e(p.title)}: <code>${e(p.kind)}</code></h3><p>${e(p.meaning)}</p></section>`)
    .join("");
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(([name, schema]) => schemaSection(name, schema))
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>exo-bone API reference</title><style>${pageStyle}</style></head><body><main>
<h1>exo-bone API reference</h1>
<p>${e(doc.info.description ?? "")}</p>
<p>Dataset ${e(dataset().version)}. Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Every list route answers <code>?format=csv</code> or <code>?format=tsv</code>; errors are <a href="#problems"><code>application/problem+json</code></a>.</p>
<h2>Parameters</h2>
<p>A route takes only the parameters listed for it; any other is refused with a 400 naming the closest one. An empty value (<code>source=</code>) counts as absent. A parameter that takes one value may appear once; a list parameter takes repetition or commas alike (<code>source=OC,OB</code> is <code>source=OC&amp;source=OB</code>). Vocabularies (direction, format, …) match in any case; integers are plain digits.</p>
<h2 id="pages">Pages</h2>
<p>The lists that grow with the data (<code>/v1/findings</code>, <code>/v1/references</code>, <code>/v1/molecules</code>, <code>/v1/targets</code>) answer JSON a page at a time: ${JSON_PAGE} rows unless <code>limit</code> (up to ${MAX_LIST_LIMIT}) and <code>offset</code> say otherwise, with <code>meta.total</code>, <code>meta.next</code> and <code>meta.prev</code>. CSV and TSV answer every row unless a page is asked for. Every answer says how many rows there are in <code>X-Total-Count</code> and where the neighbouring pages are in an RFC 8288 <code>Link</code> header, so no list is cut short without saying so.</p>
<h2>Routes</h2><ul>${toc}</ul>${operations.map(({ path, method, op }) => operationSection(path, method, op)).join("")}
<h2 id="problems">Problems</h2><p>Every error is an RFC 9457 problem document: <code>type</code> links to one of these sections, <code>title</code> is the status's standard phrase, <code>detail</code> says what was wrong and what to try, and <code>errors</code> names each parameter with what it allows and the closest valid value.</p>${problems}
<h2 id="schemas">Schemas</h2>${schemas}</main></body></html>`;
}

const route = defineRoute({
  method: "get",
  path: "/docs",
  operationId: "getDocs",
  tags: ["service"],
  summary: "This reference, as a readable page",
  responses: { 200: { description: "HTML, without scripts", content: { "text/html": { schema: { type: "string" } } } } },
});

/** /docs is made from the document built with the app (routes/built-document.ts), once per isolate. */
let html: string | undefined;
export const docsRoutes = createRouter().openapi(route, (c) => {
  html ??= renderDocs(builtDocument());
  return c.html(html, 200, { "Content-Security-Policy": pagePolicy });
});
