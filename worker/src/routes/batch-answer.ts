import { MAX_ANSWER_BYTES } from "../http/answer-budget";
import { BoundedCache } from "../http/bounded-cache";
import { limitSuggestions } from "../lookups/nearest";
import { ByteBudget } from "./byte-budget";

/** Results stop here (3 MiB); the last MiB of MAX_ANSWER_BYTES is room for the short errors of the calls after. */
export const RESULT_BUDGET_BYTES = MAX_ANSWER_BYTES - 1024 * 1024;
/** Did-you-mean costs edit distances: only the first failing calls of a batch get a suggestion. */
export const SUGGESTED_ERRORS = 10;

/** One call's outcome, as the batch route defines it. */
export type CallResult = { value: unknown } | { error: { code: string; message: string } };

/** Successful results by call, serialised, shared by every request the isolate serves. */
const computed = new BoundedCache<string>(256 * 1024, 4 * 1024 * 1024);

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

/**
 * JSON text made of `head`, the parts separated by commas, and `tail`, as UTF-8: each part is
 * encoded straight into one buffer, where joining them would copy every result into one string
 * (two bytes a character once a result holds a β) for the runtime to copy again as it encodes it.
 */
function utf8Joined(head: string, parts: readonly string[], tail: string): Uint8Array<ArrayBuffer> {
  let units = head.length + parts.length + tail.length;
  for (const part of parts) units += part.length;
  // A UTF-16 unit is at most 3 bytes of UTF-8.
  const bytes = new Uint8Array(3 * units);
  let at = encoder.encodeInto(head, bytes).written;
  parts.forEach((part, i) => {
    if (i > 0) bytes[at++] = 0x2c; // ,
    at += encoder.encodeInto(part, bytes.subarray(at)).written;
  });
  at += encoder.encodeInto(tail, bytes.subarray(at)).written;
  return bytes.subarray(0, at);
}

/**
 * The JSON body of a batch answer, as UTF-8: one result per call, in order. Identical calls are computed
 * once; results are counted in bytes as they are serialised, and once the budget is spent the
 * remaining calls get an error instead of running, so no batch can build an answer beyond
 * MAX_ANSWER_BYTES or spend its CPU time on one.
 */
export function batchAnswer(calls: readonly unknown[], run: (call: unknown) => CallResult, dataset: string): Uint8Array<ArrayBuffer> {
  const seen = new Map<string, string>();
  const resultOf = (call: unknown, key: string): string => {
    const known = seen.get(key) ?? computed.get(key);
    if (known !== undefined) return known;
    const result = run(call);
    const text = JSON.stringify(result);
    if ("value" in result) computed.set(key, text, text.length);
    return text;
  };
  const parts: string[] = [];
  const budget = new ByteBudget(RESULT_BUDGET_BYTES);
  let firstUnrun: number | undefined;
  limitSuggestions(SUGGESTED_ERRORS, () => {
    calls.forEach((call, i) => {
      let answer: string | undefined;
      if (firstUnrun === undefined) {
        const key = JSON.stringify(call) ?? "null";
        const text = resultOf(call, key);
        if (budget.add(text)) {
          seen.set(key, text);
          answer = text;
        } else firstUnrun = i;
      }
      parts.push(answer ?? JSON.stringify(overBudget(call, firstUnrun ?? i)));
    });
  });
  return utf8Joined('{"results":[', parts, `],"dataset":${JSON.stringify(dataset)}}`);
}
