// A client generated from the served /openapi.json (openapi-typescript + openapi-fetch), calling
// every route. tests/contract/client.test.ts type-checks this file against freshly generated types
// (no casts anywhere: if the document stops describing an answer, tsc fails) and then runs it.
import createClient from "openapi-fetch";
import type { components, paths } from "./generated/api";

type Verdict = components["schemas"]["Verdict"];

/** Fails loudly with the status and problem a route answered, instead of carrying on with nothing. */
function expectData<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined)
    throw new Error(`${result.response.url} answered ${result.response.status}: ${JSON.stringify(result.error)}`);
  return result.data;
}

/**
 * Each list route's 200 offers JSON, CSV and TSV; the client reads JSON and problem documents
 * (openapi-fetch's media type parameter), so answers and errors are typed as the JSON they parse.
 */
export function exoClient(baseUrl: string, fetch: (request: Request) => Promise<Response>) {
  return createClient<paths, "application/json" | "application/problem+json">({ baseUrl, fetch });
}

/**
 * One call of every operation, with the typed values a test checks against the data files;
 * `retiredId` (a row of data/retired.tsv) is asked for to read the typed 410 answer.
 */
export async function callEveryRoute(client: ReturnType<typeof exoClient>, retiredId: string) {
  const effect = expectData(await client.GET("/v1/effect", { params: { query: { source: "OC", process: "cartilage", basis: "review" } } }));
  const verdict: Verdict = effect.verdict;
  const page = expectData(
    await client.GET("/v1/findings", { params: { query: { source: ["OC", "OB"], direction: ["inhibits"], limit: 5 } } }),
  );
  const firstId: string = page.data[0]?.id ?? "";
  const one = expectData(await client.GET("/v1/findings/{id}", { params: { path: { id: firstId } } }));
  const sources = expectData(await client.GET("/v1/sources"));
  const source = expectData(await client.GET("/v1/sources/{code}", { params: { path: { code: "osteoclast" } } }));
  const processes = expectData(await client.GET("/v1/processes"));
  const molecules = expectData(await client.GET("/v1/molecules", { params: { query: { type: ["miRNA"] } } }));
  const matrix = expectData(await client.GET("/v1/matrix", { params: { query: { basis: "evidence" } } }));
  const references = expectData(await client.GET("/v1/references"));
  const network = expectData(await client.GET("/v1/network"));
  const verdicts = expectData(await client.GET("/v1/verdicts", { params: { query: { verdict: ["mixed", "not_studied"] } } }));
  const cellLines = expectData(await client.GET("/v1/cell-lines", { params: { query: { species: "mouse" } } }));
  const batch = expectData(await client.POST("/v1/batch", { body: { calls: [{ fn: "effect", args: ["OC", "cartilage"] }] } }));
  const dataset = expectData(await client.GET("/v1/dataset"));
  const health = expectData(await client.GET("/healthz"));
  const document = expectData(await client.GET("/openapi.json"));
  const docs = expectData(await client.GET("/docs", { parseAs: "text" }));
  const home = expectData(await client.GET("/", { parseAs: "text" }));
  const manifest = expectData(await client.GET("/manifest.xml", { parseAs: "text" }));
  const findingsFile = expectData(await client.GET("/data/{file}", { params: { path: { file: "findings.tsv" } }, parseAs: "text" }));
  const descriptor = expectData(await client.GET("/datapackage.json", { parseAs: "text" }));
  const missing = await client.GET("/v1/sources/{code}", { params: { path: { code: "OCC" } } });
  const gone = await client.GET("/v1/findings/{id}", { params: { path: { id: retiredId } } });
  const goneEntry = gone.error?.errors[0];

  return {
    verdict,
    evidence: effect.evidence.inhibits + effect.evidence.promotes + effect.evidence.no_effect,
    pageIds: page.data.map((f) => f.id),
    total: page.meta.total,
    next: page.meta.next,
    oneQuote: one.quote,
    sourceCodes: sources.data.map((s) => s.code),
    sourceName: source.name,
    processCodes: processes.data.map((p) => p.code),
    moleculeTypes: [...new Set(molecules.data.map((m) => m.type))],
    matrixRows: matrix.data.length,
    referenceKeys: references.data.length,
    networkHasNodes: network.elements.nodes.length > 0,
    verdictPairs: verdicts.data.map((v) => `${v.source}|${v.process}`),
    cellLineNames: cellLines.data.map((l) => l.name),
    batchResults: batch.results.length,
    datasetVersion: dataset.version,
    health: health.status,
    documentHasPaths: "paths" in document,
    docsLength: docs.length,
    homeHasMatrix: home.includes("The verdict matrix"),
    manifestIsXml: manifest.startsWith("<?xml"),
    findingsFile,
    descriptor,
    missingStatus: missing.response.status,
    missingSuggestion: missing.error?.errors[0]?.suggestion,
    goneStatus: gone.response.status,
    goneReplacedBy: goneEntry && "replaced_by" in goneEntry ? goneEntry.replaced_by.map((r) => r.id) : undefined,
  };
}
