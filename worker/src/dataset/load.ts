import { CellLine } from "./cell-line";
import { type DataFiles, type Dataset, dataFiles } from "./dataset";
import { Descriptor } from "./descriptor";
import { Finding } from "./finding";
import { fingerprint } from "./fingerprint";
import { buildIndexes, nameKey, pairKey } from "./indexes";
import { Molecule } from "./molecule";
import { Reference } from "./reference";
import { Source } from "./source";
import { type Located, Problems, parseTsv } from "./tsv";
import { VerdictRow } from "./verdict";
import { PROCESSES } from "../contract/vocabulary";

/** Thrown when the curated files do not validate; `problems` holds every `file:line: column: problem`. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset has ${problems.length} problem(s):\n${problems.slice(0, 50).join("\n")}${problems.length > 50 ? "\n…" : ""}`);
    this.name = "DatasetError";
  }
}

/** Records each name once; a second use of the same spelling is a problem. */
function claimNames(file: string, rows: Located<unknown>[], names: (row: never) => string[], problems: Problems, what: string): void {
  const owner = new Map<string, number>();
  for (const { line, row } of rows) {
    const spellings = new Map(names(row as never).map((name) => [nameKey(name), name]));
    for (const [key, name] of spellings) {
      const first = owner.get(key);
      if (first !== undefined) problems.add(file, line, what, `"${name}" is already used on line ${first}; every ${what} must be unique (ignoring case)`);
      else owner.set(key, line);
    }
  }
}

function checkReferences(references: Located<Reference>[], problems: Problems): void {
  for (const { line, row } of references) {
    const expected = `${row.year}${row.suffix}`;
    if (!row.key.endsWith(expected)) problems.add("references.tsv", line, "key", `"${row.key}" should end with its year and suffix "${expected}"`);
    if (!row.key.startsWith(row.first_author)) problems.add("references.tsv", line, "first_author", `"${row.first_author}" is not how the key "${row.key}" starts`);
  }
}

function checkFindings(
  findings: Located<Finding>[],
  sourceCodes: Set<string>,
  moleculeNames: Map<string, string>,
  referenceKeys: Set<string>,
  problems: Problems,
): void {
  const file = "findings.tsv";
  for (const { line, row } of findings) {
    if (!row.id.startsWith(`F-${row.section}-`)) problems.add(file, line, "id", `"${row.id}" should start with F-${row.section}- (its section)`);
    if (!sourceCodes.has(row.source)) problems.add(file, line, "source", `"${row.source}" is not a code in sources.tsv (${[...sourceCodes].join(", ")})`);
    for (const name of row.cargo) {
      const canonical = moleculeNames.get(nameKey(name));
      if (canonical === undefined) problems.add(file, line, "cargo", `"${name}" is not in molecules.tsv; add it there with its type`);
      else if (canonical !== name) problems.add(file, line, "cargo", `"${name}" is an alias; write the molecule's name "${canonical}"`);
    }
    for (const key of row.citations) {
      if (!referenceKeys.has(key)) problems.add(file, line, "citations", `"${key}" is not a key in references.tsv`);
    }
  }
}

function checkUnusedMolecules(molecules: Located<Molecule>[], findings: Located<Finding>[], problems: Problems): void {
  const cargo = new Set(findings.flatMap(({ row }) => row.cargo));
  for (const { line, row } of molecules) {
    if (!cargo.has(row.name)) problems.add("molecules.tsv", line, "name", `"${row.name}" is cargo of no finding; remove it or cite it in findings.tsv`);
  }
}

/**
 * A verdict that the findings do not bear out is allowed only with a note that says why
 * (the review's figures and text can disagree; the note is where a reader learns that).
 */
function checkVerdicts(verdicts: Located<VerdictRow>[], findings: Located<Finding>[], sources: Located<Source>[], problems: Problems): void {
  const file = "verdicts.tsv";
  const directions = new Map<string, Set<string>>();
  for (const { row } of findings) {
    const key = pairKey(row.source, row.process);
    directions.set(key, (directions.get(key) ?? new Set()).add(row.direction));
  }
  const seen = new Map<string, number>();
  for (const { line, row } of verdicts) {
    const key = pairKey(row.source, row.process);
    const first = seen.get(key);
    if (first !== undefined) problems.add(file, line, "source", `${row.source} × ${row.process} already has a verdict on line ${first}`);
    seen.set(key, line);
    const found = directions.get(key) ?? new Set<string>();
    const unexplained = row.note === "";
    if ((row.verdict === "promotes" || row.verdict === "inhibits") && !found.has(row.verdict) && unexplained) {
      problems.add(file, line, "verdict", `"${row.verdict}" but no finding for ${row.source} × ${row.process} ${row.verdict}; add the finding or explain in note`);
    }
    if (row.verdict === "mixed" && !(found.has("promotes") && found.has("inhibits")) && unexplained) {
      problems.add(file, line, "verdict", `"mixed" but the findings for ${row.source} × ${row.process} do not go both ways; explain in note what disagrees`);
    }
    if ((row.verdict === "no_data" || row.verdict === "not_studied") && found.size > 0 && unexplained) {
      problems.add(file, line, "verdict", `"${row.verdict}" but ${row.source} × ${row.process} has findings; explain in note`);
    }
  }
  for (const { line, row } of sources) {
    for (const process of PROCESSES) {
      if (!seen.has(pairKey(row.code, process))) problems.add("sources.tsv", line, "code", `${row.code} has no verdict for ${process} in verdicts.tsv`);
    }
  }
  for (const { line, row } of verdicts) {
    if (!sources.some((s) => s.row.code === row.source)) problems.add(file, line, "source", `"${row.source}" is not a code in sources.tsv`);
  }
}

/**
 * Parses and validates the curated files and builds the indexes. Every problem in every file is
 * collected before failing, so one run shows a curator all that needs fixing.
 */
export function loadDataset(files: DataFiles, descriptorJson: unknown): Dataset {
  const problems = new Problems();
  const descriptor = Descriptor.safeParse(descriptorJson);
  if (!descriptor.success) {
    for (const issue of descriptor.error.issues) problems.add("datapackage.json", 1, issue.path.join(".") || "file", issue.message);
  }
  const sources = parseTsv("sources.tsv", files["sources.tsv"], Source, problems);
  const cellLines = parseTsv("cell_lines.tsv", files["cell_lines.tsv"], CellLine, problems);
  const molecules = parseTsv("molecules.tsv", files["molecules.tsv"], Molecule, problems);
  const references = parseTsv("references.tsv", files["references.tsv"], Reference, problems);
  const findings = parseTsv("findings.tsv", files["findings.tsv"], Finding, problems);
  const verdicts = parseTsv("verdicts.tsv", files["verdicts.tsv"], VerdictRow, problems);

  claimNames("sources.tsv", sources, (s: Source) => [s.code, s.name, ...s.aliases], problems, "source name or alias");
  claimNames("molecules.tsv", molecules, (m: Molecule) => [m.name, ...m.aliases], problems, "molecule name or alias");
  claimNames("cell_lines.tsv", cellLines, (c: CellLine) => [c.name, ...c.aliases], problems, "cell line name or alias");
  claimNames("references.tsv", references, (r: Reference) => [r.key], problems, "reference key");
  claimNames("findings.tsv", findings, (f: Finding) => [f.id], problems, "finding id");
  checkReferences(references, problems);
  const moleculeNames = new Map(molecules.flatMap(({ row }) => [row.name, ...row.aliases].map((n) => [nameKey(n), row.name] as const)));
  checkFindings(findings, new Set(sources.map(({ row }) => row.code)), moleculeNames, new Set(references.map(({ row }) => row.key)), problems);
  checkUnusedMolecules(molecules, findings, problems);
  checkVerdicts(verdicts, findings, sources, problems);

  if (problems.list.length > 0 || !descriptor.success) throw new DatasetError(problems.list);

  const rows = <T>(located: Located<T>[]): T[] => located.map(({ row }) => row);
  const data = {
    sources: rows(sources),
    cellLines: rows(cellLines),
    molecules: rows(molecules),
    references: rows(references),
    findings: rows(findings),
    verdicts: rows(verdicts),
  };
  return {
    descriptor: descriptor.data,
    version: `${descriptor.data.version}+${fingerprint(dataFiles.map((f) => files[f]))}`,
    ...data,
    index: buildIndexes(data.sources, data.cellLines, data.molecules, data.findings, data.verdicts),
  };
}
