import descriptor from "../../data/datapackage.json";
import findingsTsv from "../../data/findings.tsv";
import moleculesTsv from "../../data/molecules.tsv";
import referencesTsv from "../../data/references.tsv";
import retiredTsv from "../../data/retired.tsv";
import sourcesTsv from "../../data/sources.tsv";
import targetsTsv from "../../data/targets.tsv";
import verdictsTsv from "../../data/verdicts.tsv";

/**
 * The data files read the simplest possible way, independently of the loader and its indexes,
 * so the API's answers are checked against the files themselves.
 */
function rows(text: string): Record<string, string>[] {
  const [header, ...lines] = text.replace(/\n+$/, "").split("\n");
  const columns = header!.split("\t");
  return lines.map((line) => Object.fromEntries(line.split("\t").map((cell, i) => [columns[i]!, cell])));
}

export const findings = rows(findingsTsv);
export const sources = rows(sourcesTsv);
export const verdicts = rows(verdictsTsv);
export const references = rows(referencesTsv);
export const molecules = rows(moleculesTsv);
export const targets = rows(targetsTsv);
/** Finding ids that left findings.tsv: id, retired_in, reason, names. */
export const retired = rows(retiredTsv);

export const findingsOf = (source: string, process?: string) =>
  findings.filter((f) => f.source === source && (process === undefined || f.process === process));
export const verdictOf = (source: string, process: string) => verdicts.find((v) => v.source === source && v.process === process)!.verdict;

/** The dataset version as datapackage.json declares it, escaped for a RegExp (`1\.1\.0`). */
export const versionPattern = descriptor.version.replace(/\./g, "\\.");
