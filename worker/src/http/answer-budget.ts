import type { Context } from "hono";
import { ByteBudget } from "./byte-budget";
import { problem } from "./problem";

/** No answer is larger than this, whatever the request: a batch, or a GET that has no page to ask for. */
export const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** What a client can do about an answer that would be too large, and the parameter to do it with if one does. */
export interface Narrowing {
  advice: string;
  param?: string;
}

const count = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
/** Where in a list an answer passed the limit, for AnswerTooLarge: "row 4,512 of 15,900". */
export const itemOf = (noun: string, at: number, of: number): string => `${noun} ${count(at)} of ${count(of)}`;
const inMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** An answer that would exceed MAX_ANSWER_BYTES: the app answers it with a 413 problem (answerTooLarge). */
export class AnswerTooLarge extends Error {
  /**
   * @param passedAt where the answer passed the limit, e.g. "row 4,512 of 15,900": building stops
   * there, so the whole answer's size is never known.
   */
  constructor(
    readonly passedAt: string,
    readonly narrowing: Narrowing,
  ) {
    super(
      `This answer would be over ${inMiB(MAX_ANSWER_BYTES)}, the limit for one answer: it passed the limit at ${passedAt}. ${narrowing.advice}`,
    );
  }
}

/** The 413 problem that says how far the answer got before it passed the limit and what to ask for instead. */
export function answerTooLarge(c: Context, error: AnswerTooLarge): Response {
  const { param, advice } = error.narrowing;
  return problem(c, 413, error.message, param === undefined ? [] : [{ param, message: advice }], "content-too-large");
}

/**
 * An answer's text, built piece by piece within MAX_ANSWER_BYTES of UTF-8. A list is serialised
 * one item at a time and the answer is refused (AnswerTooLarge) at the first item past the limit:
 * a refused answer costs at most the budget's worth of serialisation, however large the data
 * grows, where building it whole to measure it would cost time in proportion to the data.
 */
export class BudgetedText {
  private readonly budget = new ByteBudget(MAX_ANSWER_BYTES);
  private readonly parts: string[] = [];
  /** Where the answer is, for a refusal. */
  private reached = "its opening text";

  constructor(private readonly narrowing: Narrowing) {}

  /** Appends `text`, which is part of every answer of its kind (a header, a bracket). */
  text(text: string): this {
    if (!this.budget.add(text)) throw new AnswerTooLarge(this.reached, this.narrowing);
    this.parts.push(text);
    return this;
  }

  /** Appends each item as `serialise` writes it, `separator` between them; `noun` names one in a refusal ("row"). */
  list<T>(items: readonly T[], serialise: (item: T) => string, separator: string, noun: string): this {
    items.forEach((item, i) => {
      const text = serialise(item);
      if (!this.budget.add(text, i === 0 ? 0 : separator.length)) {
        throw new AnswerTooLarge(itemOf(noun, i + 1, items.length), this.narrowing);
      }
      if (i > 0) this.parts.push(separator);
      this.parts.push(text);
    });
    this.reached = `the text after ${noun} ${count(items.length)}`;
    return this;
  }

  /** The answer so far, as one string. */
  toString(): string {
    return this.parts.join("");
  }
}
