// What the Worker sends, held against what GET /openapi.json says it sends: the document client
// generators read. Every operation the document lists gets real requests (its documented examples,
// every format, a page, every error its parameters and the shared rules allow, the data's own
// records), and every answer is checked: status, Content-Type, body against the schema, headers.
import { describe, expect, it } from "vitest";
import { answerOf, mismatches } from "./conformance/check";
import { dataCases } from "./conformance/data-cases";
import { type OpenAPI, type Operation, operationsOf, resolve } from "./conformance/document";
import { documentedCases } from "./conformance/documented-cases";
import { type Case, describeRequest, ORIGIN, sendToWorker } from "./conformance/requests";
import { SchemaChecker } from "./conformance/schemas";

const doc = (await (await sendToWorker(new Request(`${ORIGIN}/openapi.json`))).json()) as OpenAPI;
const operations = operationsOf(doc);
const checker = new SchemaChecker(doc);
const cases: Case[] = [...operations.flatMap((op) => documentedCases(doc, op)), ...dataCases];

/** Documented statuses no request can bring about here, and why. */
function unreachable(op: Operation, status: string): string | undefined {
  if (status === "500") return "no request makes the service fail";
  if (status === "413" && op.method === "get")
    return "no answer of the curated data passes 4 MiB (tests/worker/caching.test.ts refuses one on a route of its own)";
  return undefined;
}

interface Seen {
  status: number;
  mediaType: string;
  headers: Headers;
}

/** What the cases did not reach of what the operation documents: a new status, format or header needs a case. */
function uncovered(op: Operation, seen: Seen[]): string[] {
  const gaps: string[] = [];
  if (!seen.some((s) => s.status >= 200 && s.status < 300)) gaps.push("no request succeeded");
  if (!seen.some((s) => s.status >= 400 && s.status < 500)) gaps.push("no request was refused");
  for (const status of Object.keys(op.spec.responses)) {
    if (!seen.some((s) => String(s.status) === status) && !unreachable(op, status)) gaps.push(`no request got the documented ${status}`);
  }
  const success = resolve(doc, op.spec.responses["200"]!);
  const ok = seen.filter((s) => s.status === 200);
  for (const mediaType of Object.keys(success.content ?? {}))
    if (!ok.some((s) => s.mediaType === mediaType)) gaps.push(`no 200 came as ${mediaType}`);
  for (const header of Object.keys(success.headers ?? {}))
    if (!ok.some((s) => s.headers.has(header))) gaps.push(`no 200 carried the documented ${header}`);
  return gaps;
}

describe("every operation of /openapi.json answers as the document says", () => {
  it("the document lists the operations, and every request is for one of them", () => {
    expect(operations.length).toBeGreaterThanOrEqual(20);
    const ids = new Set(operations.map((op) => op.id));
    expect(cases.filter((c) => !ids.has(c.op)).map((c) => `${c.op}: ${c.what}`)).toEqual([]);
  });

  for (const op of operations) {
    it(`${op.id}: ${op.method.toUpperCase()} ${op.path}`, async () => {
      const found: string[] = [];
      const seen: Seen[] = [];
      for (const c of cases.filter((c) => c.op === op.id)) {
        const request = c.request();
        const label = `${await describeRequest(request, c.send)} (${c.what})`;
        const answer = await answerOf(await (c.send ?? sendToWorker)(request));
        seen.push({ status: answer.status, mediaType: (answer.headers.get("Content-Type") ?? "").split(";")[0]!, headers: answer.headers });
        if (![c.expect].flat().includes(answer.status))
          found.push(`${label}: meant to get ${c.expect}, got ${answer.status}: ${answer.text.slice(0, 300)}`);
        for (const mismatch of mismatches(doc, checker, op, answer)) found.push(`${label} → ${answer.status}: ${mismatch}`);
      }
      // Both lists at once, so a failure shows what differs and what no request reached.
      expect({ differs: found, unreached: uncovered(op, seen) }, op.id).toEqual({ differs: [], unreached: [] });
    }, 60_000);
  }
});
