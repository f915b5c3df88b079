import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../../worker/src/app";
import { workerFetch } from "../addin/support/worker";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const clientDir = join(root, "tests", "contract", "client");
const ORIGIN = "https://exo-bone.test";

/** A TSV read the simplest way, independently of the Worker's loader. */
const rowsOf = (file: string): Record<string, string>[] => {
  const [header, ...lines] = readFileSync(join(root, "data", file), "utf8")
    .trimEnd()
    .split("\n");
  const columns = header!.split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((cell, i) => [columns[i]!, cell])));
};

describe("a client generated from the served /openapi.json", () => {
  beforeAll(async () => {
    const served = await app.request(`${ORIGIN}/openapi.json`);
    expect(served.status).toBe(200);
    const types = astToString(await openapiTS(JSON.stringify(await served.json())));
    mkdirSync(join(clientDir, "generated"), { recursive: true });
    writeFileSync(join(clientDir, "generated", "api.d.ts"), types);
    // The README's typed-client example, pointed at the freshly generated types.
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const example = /```ts\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf("## HTTP API")))?.[1] ?? "";
    writeFileSync(join(clientDir, "generated", "readme-example.ts"), example.replace('from "./exo-bone"', 'from "./api"'));
  }, 60_000);

  it("type-checks, calling every route, with no casts, and so does the README's example", () => {
    const example = readFileSync(join(clientDir, "generated", "readme-example.ts"), "utf8");
    expect(example).toContain('exo.GET("/v1/findings"');
    const source = readFileSync(join(clientDir, "calls.ts"), "utf8") + example;
    expect(source).not.toMatch(/\bas\s+(unknown|any|[A-Z]\w*)\b|<any>|: any\b/);
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const result = spawnSync(process.execPath, [tsc, "-p", join(clientDir, "tsconfig.json")], { encoding: "utf8" });
    expect(`${result.stdout}${result.stderr}`).toBe("");
    expect(result.status).toBe(0);
  }, 120_000);

  it("gets answers equal to the data files", async () => {
    // Imported by path, not by name: calls.ts needs the types generated above, which a clean
    // checkout does not have when `npm run typecheck` runs; the first test type-checks it instead.
    const { callEveryRoute, exoClient } = await import(join(clientDir, "calls.ts"));
    const fetch = async (request: Request) =>
      workerFetch(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.method === "POST" ? { body: await request.text() } : {}),
      });
    const retired = rowsOf("retired.tsv")[0]!;
    const got = await callEveryRoute(exoClient(ORIGIN, fetch), retired.id);
    const findings = rowsOf("findings.tsv");
    const verdicts = rowsOf("verdicts.tsv");
    const sources = rowsOf("sources.tsv");
    const pageOf = findings.filter((f) => (f.source === "OC" || f.source === "OB") && f.direction === "inhibits");

    expect(got.verdict).toBe(verdicts.find((v) => v.source === "OC" && v.process === "cartilage")!.verdict);
    expect(got.evidence).toBe(findings.filter((f) => f.source === "OC" && f.process === "cartilage").length);
    expect(got.pageIds).toEqual(pageOf.slice(0, 5).map((f) => f.id));
    expect(got.total).toBe(pageOf.length);
    expect(got.oneQuote).toBe(pageOf[0]!.quote);
    expect(got.sourceCodes).toEqual(sources.map((s) => s.code));
    expect(got.sourceName).toBe(sources.find((s) => s.code === "OC")!.name);
    expect(got.processCodes).toEqual(["formation", "resorption", "cartilage"]);
    expect(got.moleculeTypes).toEqual(["miRNA"]);
    expect(got.matrixRows).toBe(sources.length);
    expect(got.verdictPairs).toEqual(
      verdicts.filter((v) => v.verdict === "mixed" || v.verdict === "not_studied").map((v) => `${v.source}|${v.process}`),
    );
    expect(got.cellLineNames).toEqual(
      rowsOf("cell_lines.tsv")
        .filter((l) => l.species === "mouse")
        .map((l) => l.name),
    );
    expect(got.batchResults).toBe(1);
    expect(got.health).toBe("ok");
    expect(got.documentHasPaths).toBe(true);
    expect(got.homeHasMatrix).toBe(true);
    expect(got.manifestIsXml).toBe(true);
    expect(got.findingsFile).toBe(readFileSync(join(root, "data", "findings.tsv"), "utf8"));
    expect(got.descriptor).toBe(readFileSync(join(root, "data", "datapackage.json"), "utf8"));
    expect(got.missingStatus).toBe(404);
    expect(got.missingSuggestion).toBe("OC");
    expect(got.goneStatus).toBe(410);
    expect(got.goneReplacedBy).toEqual(retired.replaced_by ? retired.replaced_by.split("|") : []);
  });
});
