import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** EXO_REVIEW_TEXT's default: the review's text beside the repository, never inside it. */
export const defaultReviewPath = join(import.meta.dirname, "..", "..", "..", "shared", "source", "review.txt"); // EXO_REVIEW_TEXT default

/** The review's text found, or why the quote check cannot run (skip) or must fail (missing). */
export type ReviewText =
  | { status: "found"; path: string; text: string }
  | { status: "skipped"; path: string; reason: string }
  | { status: "missing"; path: string; reason: string };

const howToRun =
  "To run it, save the review's full text (doi:10.3389/fphar.2024.1516125, CC BY 4.0) as plain UTF-8 and run: EXO_REVIEW_TEXT=/path/to/review.txt npm run data:check";

/**
 * Reads the review's full text from `EXO_REVIEW_TEXT` (default ../shared/source/review.txt).
 * The text is not part of the project; without it, only the quote check is skipped. A path that
 * someone set explicitly and that does not exist is an error, so CI can never skip by accident.
 */
export function locateReviewText(env: Record<string, string | undefined> = process.env, fallback = defaultReviewPath): ReviewText {
  const explicit = env.EXO_REVIEW_TEXT;
  if (explicit !== undefined && explicit !== "") {
    const path = resolve(explicit);
    if (!existsSync(path))
      return {
        status: "missing",
        path,
        reason: `EXO_REVIEW_TEXT is set to ${path}, but there is no file there. Point it at the review's plain-text file, or unset it to skip the quote check.`,
      };
    return { status: "found", path, text: readFileSync(path, "utf8") };
  }
  if (!existsSync(fallback)) {
    return {
      status: "skipped",
      path: fallback,
      reason: `quote check skipped: EXO_REVIEW_TEXT is not set and there is no review text at ${fallback}. ${howToRun}`,
    };
  }
  return { status: "found", path: fallback, text: readFileSync(fallback, "utf8") };
}
