import type { Context } from "hono";
import { problem } from "./problem";

/** No answer is larger than this, whatever the request: a batch, or a GET that has no page to ask for. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** What a client can do about an answer that would be too large, and the parameter to do it with if one does. */
export interface Narrowing {
  advice: string;
  param?: string;
}

const inMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** An answer that would exceed MAX_ANSWER_BYTES: the app answers it with a 413 problem (answerTooLarge). */
export class AnswerTooLarge extends Error {
  constructor(
    readonly bytes: number,
    readonly narrowing: Narrowing,
  ) {
    super(`This answer would be ${inMiB(bytes)}, over the limit of ${inMiB(MAX_ANSWER_BYTES)} for one answer. ${narrowing.advice}`);
  }
}

/** The 413 problem that says how large the answer would be and what to ask for instead. */
export function answerTooLarge(c: Context, error: AnswerTooLarge): Response {
  const { param, advice } = error.narrowing;
  return problem(c, 413, error.message, param === undefined ? [] : [{ param, message: advice }], "content-too-large");
}

const encoder = new TextEncoder();
/** UTF-16 units encoded at a time: a scratch buffer of 192 KiB, whatever the size of the answer. */
const CHUNK = 64 * 1024;
const scratch = new Uint8Array(3 * CHUNK);

/**
 * The UTF-8 size of `text`, encoded a chunk at a time into one small buffer: encoding it whole
 * would allocate up to three times its length, megabytes, only to learn its size. A chunk never
 * ends between the two halves of a surrogate pair, so the count is exact.
 */
export function utf8Size(text: string): number {
  let bytes = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + CHUNK, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    bytes += encoder.encodeInto(text.slice(start, end), scratch).written;
    start = end;
  }
  return bytes;
}

/**
 * `text` answered with status 200 and `headers`, unless its UTF-8 would exceed MAX_ANSWER_BYTES
 * (then AnswerTooLarge is thrown). A UTF-16 unit is at most 3 bytes of UTF-8, so an answer far
 * below the limit (nearly every one) is sent without counting; only one that could cross it is
 * counted.
 */
export function budgetedAnswer(c: Context, text: string, headers: Record<string, string>, narrowing: Narrowing): Response {
  if (3 * text.length > MAX_ANSWER_BYTES) {
    const bytes = utf8Size(text);
    if (bytes > MAX_ANSWER_BYTES) throw new AnswerTooLarge(bytes, narrowing);
  }
  return c.body(text, 200, headers);
}
