import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataFiles } from "../../worker/src/dataset/dataset";
import { DatasetError, loadDataset } from "../../worker/src/dataset/load";
import { readDataFolder } from "../read-folder";
import { checkQuotes, checkReferenceKeys } from "./quote-check";
import type { ReviewText } from "./review-text";

/** What `npm run data:check` found: problems fail it; `skipped` says which check did not run and why. */
export interface CheckReport {
  /** One line per check that ran, with what it counted. */
  passed: string[];
  problems: string[];
  skipped?: string;
}

/**
 * Every data check: the loader's validation (types, vocabularies, references between files,
 * unique ids, safe values, the verdict rule) and, when the review's text is at hand, provenance.
 */
export function checkDataFolder(folder: string, review: ReviewText): CheckReport {
  const report: CheckReport = { passed: [], problems: [] };
  const { files, descriptor } = readDataFolder(folder);
  try {
    const ds = loadDataset(files, descriptor);
    report.passed.push(`validation: ${dataFiles.length} files, ${ds.findings.length} findings, ${ds.verdicts.length} verdicts, 0 problems`);
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    report.problems.push(...error.problems);
  }
  if (review.status === "missing") report.problems.push(`review text: ${review.reason}`);
  if (review.status === "skipped") report.skipped = review.reason;
  if (review.status !== "found") return report;

  const texts = dataFiles.map((file) => ({ file, content: readFileSync(join(folder, file), "utf8") }));
  const quotes = checkQuotes(texts, review.text);
  const keys = checkReferenceKeys({ file: "references.tsv", content: files["references.tsv"] }, review.text);
  report.problems.push(...quotes.problems, ...keys);
  report.passed.push(
    `provenance (${review.path}): ${quotes.checked - quotes.problems.length} of ${quotes.checked} quotes verbatim in the review and at their offsets; ${keys.length} citation key(s) not written so in the review`,
  );
  return report;
}
