/// <reference types="custom-functions-runtime" />
// The EXO.* custom functions. `npm run build` generates functions.json from the JSDoc below
// (custom-functions-metadata): the tags are the function's signature in Excel, keep them exact.
import { FINDING_COLUMNS, type MatrixRow, PROCESSES, VERDICT_LABELS } from "../../../worker/src/contract";
import { column, listText, quoted, table } from "./cells";
import { noData } from "./excel-error";
import { lookup } from "./lookup";

const matrixColumns = ["source", "name", "group", ...PROCESSES] as const satisfies readonly (keyof MatrixRow)[];

/** The optional arguments a user gave, for messages: `OC, formation`. */
const given = (...args: unknown[]): string =>
  args
    .filter((a) => a !== null && a !== undefined && String(a).trim() !== "")
    .map((a) => String(a).trim())
    .join(", ");

/**
 * How one source's exosomes act on one process: promotes, inhibits, mixed or not studied.
 * @customfunction EFFECT
 * @helpurl https://localhost:8787/docs#get-v1-effect
 * @param source Source cell type: a code (OC), a full name (osteoclast) or any alias the review uses (OC-Exos).
 * @param process formation, resorption or cartilage, or an alias such as "bone formation" or "osteoclastogenesis".
 * @param basis review (default): the review's own verdict; evidence: derived from the findings alone.
 * @returns promotes, inhibits, mixed or not studied; #N/A when the review says nothing.
 */
export async function effect(source: string, process: string, basis?: string): Promise<string> {
  const answer = await lookup("effect", [source, process, basis]);
  if (answer.verdict === "no_data") {
    const why = answer.basis === "evidence" ? "no finding in the dataset covers" : "the review says nothing about";
    throw noData(`No data: ${why} ${answer.source} exosomes and ${answer.process}.`);
  }
  return VERDICT_LABELS[answer.verdict];
}

/**
 * The review's findings, one row each, under a header row (spills): any query the task pane builds, as a formula.
 * @customfunction FINDINGS
 * @helpurl https://localhost:8787/docs#get-v1-findings
 * @param source Source cell types: a code (OC), a name or alias (OC-Exos), several separated by commas or in a range; blank for every source.
 * @param process formation, resorption or cartilage; blank for all three.
 * @param direction promotes, inhibits or no_effect; blank for all.
 * @param type Only findings with cargo of this type: miRNA, lncRNA, circRNA, protein or other; blank for all.
 * @param text Only findings whose molecules, targets, recipients, context, quote or note contain this text; blank for all.
 * @returns A table: id, section, source, state, vesicle, process, direction, cargo, targets, recipient, context, model, citations, quote, quote_start, quote_end, note, direction_basis, citation_given, cargo_change, evidence_code.
 */
export async function findings(
  source?: string[][],
  process?: string,
  direction?: string,
  type?: string,
  text?: string,
): Promise<string[][]> {
  // Excel passes a range (or one value as a 1 × 1 range); other callers may pass the value itself.
  const sources = [source]
    .flat(2)
    .map((s) => String(s ?? "").trim())
    .filter(Boolean)
    .join(",");
  const page = await lookup("findings", [sources, process, direction, type, text]);
  if (page.data.length === 0)
    throw noData(`The review reports no findings for ${given(sources || "every source", process, direction, type, text)}.`);
  const cell = (value: unknown) => (Array.isArray(value) ? listText(value.map(String)) : String(value ?? ""));
  const rows = page.data.map((finding) => FINDING_COLUMNS.map((c) => cell(finding[c])));
  const rest = page.meta.total - page.data.length;
  // A spill never drops rows silently: the last row says how many more there are.
  if (rest > 0)
    rows.push(
      FINDING_COLUMNS.map((_, i) =>
        i === 0 ? `… ${rest} more findings: add a process, direction, type or text to narrow the query.` : "",
      ),
    );
  return table(FINDING_COLUMNS, rows);
}

/**
 * The cargo molecules a source's exosomes carry in the findings (spills down a column).
 * @customfunction CARGO
 * @helpurl https://localhost:8787/docs#get-v1-molecules
 * @param source Source cell type: a code (OC), a full name (osteoclast) or any alias the review uses (OC-Exos).
 * @param process formation, resorption or cartilage; blank for all three.
 * @param type miRNA, lncRNA, circRNA, protein or other; blank for all.
 * @returns One molecule per row, as the review writes it.
 */
export async function cargo(source: string, process?: string, type?: string): Promise<string[][]> {
  const names = await lookup("cargo", [source, process, type]);
  if (names.length === 0) throw noData(`The findings name no cargo for ${given(source, process, type)}.`);
  return column(names);
}

/**
 * The genes, pathways and axes a source's exosomes act on (spills down a column).
 * @customfunction TARGETS
 * @helpurl https://localhost:8787/docs#get-v1-findings
 * @param source Source cell type: a code (OC), a full name (osteoclast) or any alias the review uses (OC-Exos).
 * @param process formation, resorption or cartilage; blank for all three.
 * @returns One target per row, as the review writes it.
 */
export async function targets(source: string, process?: string): Promise<string[][]> {
  const names = await lookup("targets", [source, process]);
  if (names.length === 0) throw noData(`The findings name no targets for ${given(source, process)}.`);
  return column(names);
}

/**
 * The sources and their verdict on one process, under a header row (spills).
 * @customfunction SOURCES
 * @helpurl https://localhost:8787/docs#get-v1-matrix
 * @param process formation, resorption or cartilage, or an alias such as "bone formation".
 * @param verdict Only sources with this verdict: promotes, inhibits, mixed, not studied or no data.
 * @param basis review (default): the review's own verdicts; evidence: derived from the findings alone.
 * @returns A table: source, name, verdict.
 */
export async function sources(process: string, verdict?: string, basis?: string): Promise<string[][]> {
  const rows = await lookup("sources", [process, verdict, basis]);
  if (rows.length === 0) throw noData(`No source has the verdict ${quoted(verdict)} on ${String(process).trim()}.`);
  return table(
    ["source", "name", "verdict"],
    rows.map((row) => [row.source, row.name, VERDICT_LABELS[row.verdict]]),
  );
}

/**
 * How many findings the review reports for one source and process.
 * @customfunction COUNT
 * @helpurl https://localhost:8787/docs#get-v1-effect
 * @param source Source cell type: a code (OC), a full name (osteoclast) or any alias the review uses (OC-Exos).
 * @param process formation, resorption or cartilage, or an alias such as "bone formation".
 * @param direction promotes, inhibits or no_effect; blank for all.
 * @returns The number of findings (0 when there are none).
 */
export async function count(source: string, process: string, direction?: string): Promise<number> {
  return lookup("count", [source, process, direction]);
}

/**
 * The works the review cites for one source and process (spills down a column).
 * @customfunction CITATIONS
 * @helpurl https://localhost:8787/docs#get-v1-references
 * @param source Source cell type: a code (OC), a full name (osteoclast) or any alias the review uses (OC-Exos).
 * @param process formation, resorption or cartilage, or an alias such as "bone formation".
 * @returns One citation per row, as the review writes it (e.g. Sun et al., 2016).
 */
export async function citations(source: string, process: string): Promise<string[][]> {
  const keys = await lookup("citations", [source, process]);
  if (keys.length === 0) throw noData(`The review cites no work for ${given(source, process)}.`);
  return column(keys);
}

/**
 * The full name of a source from its code or any alias.
 * @customfunction NAME
 * @helpurl https://localhost:8787/docs#get-v1-sources
 * @param code_or_alias A code (OC), a full name or any alias the review uses (OC-Exos).
 * @returns The source's full name, e.g. osteoclast.
 */
export async function name(code_or_alias: string): Promise<string> {
  return lookup("name", [code_or_alias]);
}

/**
 * Every source's verdict on bone formation, bone resorption and cartilage: Figures 1–3 of the review as one table (spills).
 * @customfunction MATRIX
 * @helpurl https://localhost:8787/docs#get-v1-matrix
 * @param basis review (default): the review's own verdicts; evidence: derived from the findings alone.
 * @returns A table: source, name, group, formation, resorption, cartilage.
 */
export async function matrix(basis?: string): Promise<string[][]> {
  const rows = await lookup("matrix", [basis]);
  return table(
    matrixColumns,
    rows.map((row) => [row.source, row.name, row.group, ...PROCESSES.map((p) => VERDICT_LABELS[row[p]])]),
  );
}

/**
 * The version of the dataset the answers come from, e.g. 1.0.0+1a2b3c4d. Volatile: every recalculation asks the service again, so a sheet notices a new dataset.
 * @customfunction VERSION
 * @volatile
 * @helpurl https://localhost:8787/docs#get-v1-dataset
 * @returns The dataset version and the fingerprint of its files.
 */
export async function version(): Promise<string> {
  return lookup("version", []);
}
