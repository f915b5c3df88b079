import { env } from "cloudflare:test";
import descriptor from "../../../data/datapackage.json";
import { client } from "../fetch";
import { findings, retired, sources, verdicts } from "../raw-data";
import { type Case, deployedWith, request, sendUntilRefused } from "./requests";

const batch = (body: string, headers: Record<string, string> = {}) =>
  request("/v1/batch", { method: "POST", headers: { "Content-Type": "application/json", "CF-Connecting-IP": client, ...headers }, body });

/** One source × process of each verdict the data holds, and one with exceptions, so every kind of answer is seen. */
const pairPerVerdict = [...new Map(verdicts.map((v) => [v.verdict, v])).values(), verdicts.find((v) => v.exceptions !== "")!];
const oc = sources.find((s) => s.code === "OC")!;

/** The add-in's built files answer nothing: a deployment without `npm run build`. */
const unbuilt = {
  fetch: (request: Request) =>
    new URL(request.url).pathname.startsWith("/dev-") ? new Response("Not found", { status: 404 }) : env.ASSETS.fetch(request),
};

/**
 * Requests with real records of the data files (every source, every retired finding, a pair of
 * each verdict, whole tables) and the errors only a body, a deployment or a flood can bring.
 */
export const dataCases: Case[] = [
  ...pairPerVerdict.flatMap((v): Case[] =>
    ["review", "evidence"].map((basis) => ({
      op: "getEffect",
      what: `${v.source} × ${v.process}, a ${v.verdict} verdict${v.exceptions ? " with exceptions" : ""}, basis ${basis}`,
      expect: 200,
      request: request(`/v1/effect?source=${v.source}&process=${v.process}&basis=${basis}`),
    })),
  ),
  {
    op: "getEffect",
    what: "the source by an alias",
    expect: 200,
    request: request(`/v1/effect?source=${encodeURIComponent(oc.aliases!.split("|")[1]!)}&process=cartilage`),
  },
  { op: "getEffect", what: "a source that does not exist", expect: 400, request: request("/v1/effect?source=OCC&process=cartilage") },
  { op: "listFindings", what: "every finding", expect: 200, request: request(`/v1/findings?limit=${findings.length}`) },
  { op: "listFindings", what: "every finding as CSV", expect: 200, request: request("/v1/findings?format=csv") },
  {
    op: "listFindings",
    what: "every finding as TSV",
    expect: 200,
    request: request("/v1/findings", { headers: { Accept: "text/tab-separated-values" } }),
  },
  { op: "listFindings", what: "two sources, one direction", expect: 200, request: request("/v1/findings?source=OC,OB&direction=inhibits") },
  { op: "listFindings", what: "the last page", expect: 200, request: request(`/v1/findings?limit=10&offset=${findings.length - 3}`) },
  ...findings.map((f): Case => ({ op: "getFinding", what: `finding ${f.id}`, expect: 200, request: request(`/v1/findings/${f.id}`) })),
  ...retired.map(
    (r): Case => ({ op: "getFinding", what: `${r.id}, retired in ${r.retired_in}`, expect: 410, request: request(`/v1/findings/${r.id}`) }),
  ),
  ...sources.map((s): Case => ({ op: "getSource", what: `source ${s.code}`, expect: 200, request: request(`/v1/sources/${s.code}`) })),
  { op: "getSource", what: "a source by its full name", expect: 200, request: request(`/v1/sources/${encodeURIComponent(oc.name!)}`) },
  { op: "listMolecules", what: "every molecule", expect: 200, request: request("/v1/molecules?limit=1000") },
  { op: "listTargets", what: "every target", expect: 200, request: request("/v1/targets?limit=1000") },
  { op: "listReferences", what: "every reference", expect: 200, request: request("/v1/references?limit=1000") },
  { op: "listReferences", what: "every reference as CSV", expect: 200, request: request("/v1/references?format=csv") },
  { op: "getNetwork", what: "the whole graph", expect: 200, request: request("/v1/network") },
  {
    op: "getNetwork",
    what: "the graph of one source and process",
    expect: 200,
    request: request("/v1/network?source=OC&process=cartilage"),
  },
  ...["datapackage.json", ...descriptor.resources.map((r) => r.path)].map(
    (file): Case => ({ op: "getDataFile", what: `data file ${file}`, expect: 200, request: request(`/data/${file}`) }),
  ),
  {
    op: "batch",
    what: "calls that fail on their own",
    expect: 200,
    request: batch(
      '{"calls":[{"fn":"effect","args":["OCC","cartilage"]},{"fn":"finding","args":["F-9.9-99"]},{"fn":"nope"},{"fn":"version","args":[1]}]}',
    ),
  },
  { op: "batch", what: "no body", expect: 400, request: batch("") },
  { op: "batch", what: "a body without calls", expect: 400, request: batch("{}") },
  { op: "batch", what: "a body that is not JSON", expect: 400, request: batch("{calls: [") },
  { op: "batch", what: "calls that are not a list", expect: 400, request: batch('{"calls":"effect"}') },
  { op: "batch", what: "a body over 1 MiB", expect: 413, request: batch(`{"calls":[${'"x",'.repeat(300_000)}"x"]}`) },
  {
    op: "batch",
    what: "a body that is not sent as JSON",
    expect: 415,
    request: batch("calls=1", { "Content-Type": "application/x-www-form-urlencoded" }),
  },
  {
    op: "batch",
    what: "more batches than a client may send in a minute",
    expect: 429,
    request: batch('{"calls":[{"fn":"version"}]}', { "CF-Connecting-IP": `flood-${crypto.randomUUID()}` }),
    send: sendUntilRefused,
  },
  { op: "getManifest", what: "asked over http", expect: 400, request: request("/manifest.xml", {}, "http://exo-bone.test") },
  {
    op: "getManifest",
    what: "a deployment without an https PUBLIC_ORIGIN",
    expect: 503,
    request: request("/manifest.xml"),
    send: deployedWith({ PUBLIC_ORIGIN: "" }),
  },
  {
    op: "getFunctionsMetadata",
    what: "a deployment without the add-in built",
    expect: 503,
    request: request("/functions.json"),
    send: deployedWith({ ASSETS: unbuilt }),
  },
  {
    op: "getManifest",
    what: "a deployment without the add-in built",
    expect: 503,
    request: request("/manifest.xml"),
    send: deployedWith({ ASSETS: unbuilt }),
  },
];
