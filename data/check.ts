/**
 * Every data check in one command: validation of all files, then provenance (each quote verbatim
 * in the review) when the review's text is at $EXO_REVIEW_TEXT (default ../shared/source/review.txt).
 * Exit status 1 on any problem; a skipped quote check is reported, and is not a failure.
 * Run: npm run data:check
 */

import { locateReviewText } from "./check/review-text";
import { checkDataFolder } from "./check/run";

const report = checkDataFolder(import.meta.dirname, locateReviewText());
for (const line of report.passed) console.log(`ok  ${line}`);
if (report.skipped) console.log(`SKIPPED  ${report.skipped}`);
for (const problem of report.problems) console.error(problem);
console.log(report.problems.length === 0 ? "data:check passed" : `data:check failed: ${report.problems.length} problem(s)`);
process.exit(report.problems.length === 0 ? 0 : 1);
