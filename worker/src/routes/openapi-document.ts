import type { OpenAPIHono } from "@hono/zod-openapi";
import { dataset } from "../dataset/embedded";
import { type ProblemKind, problemAnchor, problemKinds, statusTitles } from "../http/problem-kinds";

export type OpenAPIDocument = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

const info = {
  title: "exo-bone API",
  description:
    "How exosomes from each cell type regulate bone formation, bone resorption and cartilage metabolism, curated from one review (Frontiers in Pharmacology 2024, doi:10.3389/fphar.2024.1516125). Every finding carries a verbatim quote and its citations.",
};

/**
 * The server the built document names (build/openapi.txt), where the Worker puts the origin that
 * served it. A `.invalid` host (RFC 6761) names no real server, so it cannot stand for anything else.
 */
export const ORIGIN_SLOT = "https://serving-origin.invalid";
type PathItem = NonNullable<OpenAPIDocument["paths"]>[string];
type Operation = NonNullable<PathItem["get"]>;
type Responses = NonNullable<Operation["responses"]>;

/** The operations' tags, described, in the order a reader meets them. */
const tags = [
  { name: "verdicts", description: "The review's verdict on each source × process, and how one source acts on one process" },
  { name: "findings", description: "The review's claims, one per source × process × direction and mechanism" },
  { name: "sources", description: "The cell types whose exosomes act, and the cell lines standing for them" },
  { name: "molecules", description: "Cargo molecules with their finding counts" },
  { name: "references", description: "The works the review cites" },
  { name: "vocabulary", description: "The processes and every name accepted for them" },
  { name: "batch", description: "Many lookups in one request, as the Excel functions make them" },
  { name: "dataset", description: "The dataset's metadata and its files as in the repository" },
  { name: "service", description: "Pages for people, this document, liveness and the add-in manifest" },
];

const header = (description: string, required = false) => ({
  description,
  ...(required ? { required: true } : {}),
  schema: { type: "string" as const },
});
const headers = {
  ETag: header("Changes when the data or the service's code changes; send it back in If-None-Match to get 304 while nothing changed", true),
  "X-Dataset-Version": header(
    "The dataset version the answer comes from, e.g. 1.0.0+1a2b3c4d. Every answer of the Worker carries it, errors included; the data files (/data/{file}, /datapackage.json) do not when Cloudflare serves them as static files, before the Worker runs",
  ),
  "X-Total-Count": header("Rows matching the request over all pages", true),
  Link: header('RFC 8288 links to the neighbouring pages, when there are any: <url>; rel="next", <url>; rel="prev"'),
};
const headerRef = (name: keyof typeof headers) => ({ $ref: `#/components/headers/${name}` });

/** Every answer names the dataset version it came from (http/cache.ts). */
const versioned = <R extends { headers?: object }>(response: R) => ({
  ...response,
  headers: { ...response.headers, "X-Dataset-Version": headerRef("X-Dataset-Version") },
});

const problemBody = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };
const kindsOf = (status: number) => (Object.keys(problemKinds) as ProblemKind[]).filter((k) => problemKinds[k].status === status);
/** The headers a problem of some statuses comes with. */
const problemHeaders: Partial<Record<number, Record<string, ReturnType<typeof header>>>> = {
  405: { Allow: header("The methods the path takes", true) },
  429: { "Retry-After": header("Seconds to wait before retrying", true) },
};
const problemResponse = (status: 400 | 404 | 405 | 406 | 413 | 415 | 429 | 500) =>
  versioned({
    description: `${statusTitles[status]}: ${kindsOf(status)
      .map((k) => problemKinds[k].meaning)
      .join(" ")}`,
    content: problemBody,
    headers: problemHeaders[status] ?? {},
  });
const responses = {
  NotModified: versioned({
    description: "Not Modified: the ETag in If-None-Match still matches; reuse the copy you have",
    headers: { ETag: headerRef("ETag") },
  }),
  BadRequest: problemResponse(400),
  MethodNotAllowed: problemResponse(405),
  NotAcceptable: problemResponse(406),
  ContentTooLarge: problemResponse(413),
  UnsupportedMediaType: problemResponse(415),
  TooManyRequests: problemResponse(429),
  InternalServerError: problemResponse(500),
};
const ref = (name: keyof typeof responses) => ({ $ref: `#/components/responses/${name}` });

/**
 * Every status the Worker can send for one operation, each with the headers it comes with. The
 * caching middleware (http/cache.ts) gives a GET's success an ETag and answers 304 to a client that
 * sends it back, unless the route sets its own Cache-Control (documented on its success): then neither.
 */
function completeResponses(method: string, operation: Operation): Responses {
  const given = operation.responses ?? {};
  const success = given["200"];
  const described = success !== undefined && "description" in success ? success : undefined;
  const isTable = described?.content?.["text/csv"] !== undefined;
  const isPaged = (operation.parameters ?? []).some((p) => "name" in p && p.name === "limit");
  const tagged = method === "get" && described?.headers?.["Cache-Control"] === undefined;
  const successHeaders = {
    ...(tagged ? { ETag: headerRef("ETag") } : {}),
    ...(isTable ? { "X-Total-Count": headerRef("X-Total-Count") } : {}),
    ...(isPaged ? { Link: headerRef("Link") } : {}),
  };
  const common = {
    "400": given["400"] ?? ref("BadRequest"),
    "405": ref("MethodNotAllowed"),
    // The Accept header is checked on every answer, a batch's included.
    "406": ref("NotAcceptable"),
    "500": ref("InternalServerError"),
  };
  const byMethod =
    method === "post"
      ? { "413": ref("ContentTooLarge"), "415": ref("UnsupportedMediaType"), "429": ref("TooManyRequests") }
      : {
          ...(tagged ? { "304": ref("NotModified") } : {}),
          // Tables (a whole list as CSV/TSV included) and the routes that say so have the answer budget (http/answer-budget.ts).
          ...(isTable || given["413"] ? { "413": ref("ContentTooLarge") } : {}),
        };
  const withHeaders = described ? { "200": { ...described, headers: { ...described.headers, ...successHeaders } } } : {};
  const all: Responses = { ...given, ...withHeaders, ...common, ...byMethod };
  return Object.fromEntries(Object.entries(all).map(([status, response]) => [status, "$ref" in response ? response : versioned(response)]));
}

function completePathItem(item: PathItem): PathItem {
  const done: PathItem = { ...item };
  if (item.get) done.get = { ...item.get, responses: completeResponses("get", item.get) };
  if (item.post) done.post = { ...item.post, responses: completeResponses("post", item.post) };
  return done;
}

/**
 * The generated document made a contract a client generator can use: the serving origin as the
 * server, the licence, described tags, the shared headers, and every status the Worker can send,
 * each error with its problem body.
 */
function completeDocument(doc: OpenAPIDocument, origin: string, license: { name: string; url: string }): OpenAPIDocument {
  const paths = Object.fromEntries(Object.entries(doc.paths ?? {}).map(([path, item]) => [path, completePathItem(item)]));
  return {
    ...doc,
    info: { ...doc.info, license },
    servers: [{ url: origin, description: "The server that served this document" }],
    tags,
    paths,
    components: { ...doc.components, headers, responses },
  };
}

/** The docs anchor each problem type points at, for /docs. */
export const problemSections = (Object.keys(problemKinds) as ProblemKind[]).map((kind) => ({
  anchor: problemAnchor(kind),
  kind,
  status: problemKinds[kind].status,
  title: statusTitles[problemKinds[kind].status],
  meaning: problemKinds[kind].meaning,
}));

/**
 * The document the app's zod routes describe, served from `origin`: what `npm run build:openapi`
 * writes (with ORIGIN_SLOT as the origin) and what tests compare the served document with.
 */
export function describeApp(app: Pick<OpenAPIHono, "getOpenAPI31Document">, origin: string): OpenAPIDocument {
  const { licenses, version } = dataset().descriptor;
  const license = licenses[0]!;
  // One release, one version: client generators stamp the document's version on what they make.
  const generated = app.getOpenAPI31Document({ openapi: "3.1.0", info: { ...info, version } });
  return completeDocument(generated, origin, { name: `${license.title} (the dataset)`, url: license.path });
}
