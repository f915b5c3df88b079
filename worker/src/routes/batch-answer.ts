import { MAX_ANSWER_BYTES } from "../http/answer-budget";
import { BoundedCache } from "../http/bounded-cache";
import { limitSuggestions } from "../lookups/nearest";

/** Results stop here (3 MiB); the last MiB of MAX_ANSWER_BYTES is room for the short errors of the calls after. */
export const RESULT_BUDGET_BYTES = MAX_ANSWER_BYTES - 1024 * 1024;
/** Did-you-mean costs edit distances: only the first failing calls of a batch get a suggestion. */
export const SUGGESTED_ERRORS = 10;

/** One call's outcome, as the batch route defines it. */
export type CallResult = { value: unknown } | { error: { code: string; message: string } };

/**
 * Successful results by call, serialised as UTF-8, shared by every request the isolate serves: up
 * to 8 MiB in all, and 2 MiB a result (a FINDINGS spill of 1,000 rows is about 1 MiB), so that the
 * results of a batch near its budget stay cached for the next one.
 */
const computed = new BoundedCache<Uint8Array>(2 * 1024 * 1024, 8 * 1024 * 1024);

const fnOf = (call: unknown): string =>
  typeof call === "object" && call !== null && "fn" in call && typeof call.fn === "string" ? call.fn.slice(0, 40) : "this call";

function overBudget(call: unknown, firstUnrun: number): CallResult {
  return {
    error: {
      code: "too_large",
      message: `The answer reached its budget of ${RESULT_BUDGET_BYTES / 1024 / 1024} MiB of results at call ${firstUnrun + 1}, so ${fnOf(call)} and every call after it were not run. Send those calls again in another request, or narrow the large ones (findings: give a process and a direction).`,
    },
  };
}

const encoder = new TextEncoder();
const COMMA = encoder.encode(",");

/**
 * The buffer every answer is assembled in, grown to the largest answer so far (at most
 * MAX_ANSWER_BYTES, a few MiB per isolate). A new buffer per answer made the answer's size in
 * garbage every request, and with a large dataset on the heap each collection that this brings on
 * costs more: at 100× the data, a batch of 100 FINDING cards (218 KiB) cost 1.6 ms of CPU where the
 * curated data costs 0.8 ms. Reusing it is safe because `new Response(bytes)` copies the bytes
 * when it is made (Fetch: "extract a body" takes a copy of a BufferSource), before any other
 * request's code runs.
 */
let scratch = new Uint8Array(64 * 1024);

/**
 * `head`, the parts separated by commas, and `tail`, copied into the shared buffer: valid until the
 * next answer is assembled, so it is sent at once.
 */
function joined(head: Uint8Array, parts: readonly Uint8Array[], tail: Uint8Array): Uint8Array<ArrayBuffer> {
  let size = head.byteLength + Math.max(parts.length - 1, 0) + tail.byteLength;
  for (const part of parts) size += part.byteLength;
  if (scratch.byteLength < size) scratch = new Uint8Array(Math.max(size, Math.min(2 * scratch.byteLength, MAX_ANSWER_BYTES)));
  const bytes = scratch.subarray(0, size);
  bytes.set(head, 0);
  let at = head.byteLength;
  parts.forEach((part, i) => {
    if (i > 0) bytes.set(COMMA, at++);
    bytes.set(part, at);
    at += part.byteLength;
  });
  bytes.set(tail, at);
  return bytes;
}

/**
 * The JSON body of a batch answer, as UTF-8: one result per call, in order. Identical calls are
 * computed once, and each result is encoded once, when it is computed (the cache keeps it so), so
 * the answer is assembled by copying bytes; it is valid until the next call (joined), so the route
 * sends it at once. Results are counted in
 * bytes as they come, and once the budget is spent the remaining calls get an error instead of
 * running, so no batch can build an answer beyond MAX_ANSWER_BYTES or spend its CPU time on one.
 */
export function batchAnswer(calls: readonly unknown[], run: (call: unknown) => CallResult, dataset: string): Uint8Array<ArrayBuffer> {
  const seen = new Map<string, Uint8Array>();
  const resultOf = (call: unknown, key: string): Uint8Array => {
    const known = seen.get(key) ?? computed.get(key);
    if (known !== undefined) return known;
    const result = run(call);
    const bytes = encoder.encode(JSON.stringify(result));
    if ("value" in result) computed.set(key, bytes, bytes.byteLength);
    return bytes;
  };
  const parts: Uint8Array[] = [];
  let spent = 0;
  let firstUnrun: number | undefined;
  limitSuggestions(SUGGESTED_ERRORS, () => {
    calls.forEach((call, i) => {
      let answer: Uint8Array | undefined;
      if (firstUnrun === undefined) {
        const key = JSON.stringify(call) ?? "null";
        const bytes = resultOf(call, key);
        if (spent + bytes.byteLength <= RESULT_BUDGET_BYTES) {
          seen.set(key, bytes);
          spent += bytes.byteLength;
          answer = bytes;
        } else firstUnrun = i;
      }
      parts.push(answer ?? encoder.encode(JSON.stringify(overBudget(call, firstUnrun ?? i))));
    });
  });
  return joined(encoder.encode('{"results":['), parts, encoder.encode(`],"dataset":${JSON.stringify(dataset)}}`));
}
