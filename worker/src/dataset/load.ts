import { CellLine } from "./cell-line";
import { type DataFile, type DataFiles, type Dataset, dataFiles } from "./dataset";
import { checkResources, Descriptor } from "./descriptor";
import { checkEntityNames } from "./entity-names";
import { checkEvidence, checkQuoteAnchors } from "./evidence";
import { type Finding, FindingRow } from "./finding";
import { buildFindingSearch } from "./finding-search";
import { fingerprint } from "./fingerprint";
import { checkIdSources } from "./identifiers";
import { buildIndexes, nameKey } from "./indexes";
import { Molecule, moleculeIds } from "./molecule";
import { checkNoteIds } from "./note-ids";
import { quoteUrl } from "./quote-url";
import { Reference } from "./reference";
import { RetiredRow } from "./retired";
import { Source } from "./source";
import { Target, targetIds } from "./target";
import { type Located, parseTsv, ValidationReport } from "./tsv";
import { VerdictRow } from "./verdict";
import { checkVerdicts } from "./verdict-rule";

/** Thrown when the curated files do not validate; `problems` holds every `file:line: column: problem`. */
export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset has ${problems.length} problem(s):\n${problems.slice(0, 50).join("\n")}${problems.length > 50 ? "\n…" : ""}`);
    this.name = "DatasetError";
  }
}

/** Records each name once; a second use of the same spelling is a problem. */
function claimNames<Row>(
  file: string,
  rows: Located<Row>[],
  names: (row: Row) => string[],
  problems: ValidationReport,
  what: string,
): void {
  const owner = new Map<string, number>();
  for (const { line, row } of rows) {
    const spellings = new Map(names(row).map((name) => [nameKey(name), name]));
    for (const [key, name] of spellings) {
      const first = owner.get(key);
      if (first !== undefined)
        problems.add(file, line, what, `"${name}" is already used on line ${first}; every ${what} must be unique (ignoring case)`);
      else owner.set(key, line);
    }
  }
}

function checkReferences(references: Located<Reference>[], problems: ValidationReport): void {
  for (const { line, row } of references) {
    const expected = `${row.year}${row.suffix}`;
    if (!row.key.endsWith(expected))
      problems.add("references.tsv", line, "key", `"${row.key}" should end with its year and suffix "${expected}"`);
    if (!row.key.startsWith(row.first_author))
      problems.add("references.tsv", line, "first_author", `"${row.first_author}" is not how the key "${row.key}" starts`);
  }
}

function checkFindings(
  findings: Located<FindingRow>[],
  sourceCodes: Set<string>,
  referenceKeys: Set<string>,
  problems: ValidationReport,
): void {
  const file = "findings.tsv";
  for (const { line, row } of findings) {
    if (!row.id.startsWith(`F-${row.section}-`))
      problems.add(file, line, "id", `"${row.id}" should start with F-${row.section}- (its section)`);
    if (!sourceCodes.has(row.source))
      problems.add(file, line, "source", `"${row.source}" is not a code in sources.tsv (${[...sourceCodes].join(", ")})`);
    for (const key of row.citations) {
      if (!referenceKeys.has(key)) problems.add(file, line, "citations", `"${key}" is not a key in references.tsv`);
    }
  }
}

/**
 * A retired id is never reused: it must not be in findings.tsv. What replaces it must be a current
 * finding, never another retired one, or a user following replaced_by would meet a second 410.
 */
function checkRetired(retired: Located<RetiredRow>[], findings: Located<FindingRow>[], problems: ValidationReport): void {
  const current = new Map(findings.map(({ line, row }) => [row.id, line]));
  const retiredLines = new Map(retired.map(({ line, row }) => [row.id, line]));
  for (const { line, row } of retired) {
    const used = current.get(row.id);
    if (used !== undefined)
      problems.add(
        "retired.tsv",
        line,
        "id",
        `"${row.id}" is retired but findings.tsv uses it on line ${used}; a retired id is never reused`,
      );
    for (const id of row.replaced_by) {
      const alsoRetired = retiredLines.get(id);
      if (alsoRetired !== undefined)
        problems.add(
          "retired.tsv",
          line,
          "replaced_by",
          `"${id}" is itself retired (retired.tsv line ${alsoRetired}); name the current finding that carries the claim, or leave replaced_by empty`,
        );
      else if (!current.has(id))
        problems.add(
          "retired.tsv",
          line,
          "replaced_by",
          `"${id}" is not a finding in findings.tsv; name a current finding id that carries the same claim, or leave replaced_by empty`,
        );
    }
  }
}

/**
 * Parses and validates the curated files and builds the indexes. Every problem in every file is
 * collected before failing, so one run shows a curator all that needs fixing.
 */
export function loadDataset(files: DataFiles, descriptorJson: unknown): Dataset {
  const problems = new ValidationReport();
  const descriptor = Descriptor.safeParse(descriptorJson);
  if (!descriptor.success) {
    for (const issue of descriptor.error.issues) problems.add("datapackage.json", 1, issue.path.join(".") || "file", issue.message);
  }
  const sources = parseTsv("sources.tsv", files["sources.tsv"], Source, problems);
  const cellLines = parseTsv("cell_lines.tsv", files["cell_lines.tsv"], CellLine, problems);
  const molecules = parseTsv("molecules.tsv", files["molecules.tsv"], Molecule, problems);
  const targets = parseTsv("targets.tsv", files["targets.tsv"], Target, problems);
  const references = parseTsv("references.tsv", files["references.tsv"], Reference, problems);
  const findings = parseTsv("findings.tsv", files["findings.tsv"], FindingRow, problems);
  const verdicts = parseTsv("verdicts.tsv", files["verdicts.tsv"], VerdictRow, problems);
  const retired = parseTsv("retired.tsv", files["retired.tsv"], RetiredRow, problems);

  claimNames("sources.tsv", sources, (s: Source) => [s.code, s.name, ...s.aliases], problems, "source name or alias");
  claimNames("molecules.tsv", molecules, (m: Molecule) => [m.name, ...m.aliases], problems, "molecule name or alias");
  claimNames("targets.tsv", targets, (t: Target) => [t.name, ...t.aliases], problems, "target name or alias");
  claimNames("cell_lines.tsv", cellLines, (c: CellLine) => [c.name, ...c.aliases], problems, "cell line name or alias");
  claimNames("references.tsv", references, (r: Reference) => [r.key], problems, "reference key");
  claimNames("findings.tsv", findings, (f: FindingRow) => [f.id], problems, "finding id");
  claimNames("retired.tsv", retired, (r: RetiredRow) => [r.id], problems, "retired finding id");
  checkRetired(retired, findings, problems);
  checkReferences(references, problems);
  checkFindings(findings, new Set(sources.map(({ row }) => row.code)), new Set(references.map(({ row }) => row.key)), problems);
  const findingRows = files["findings.tsv"]
    .split(/\r?\n/)
    .slice(1)
    .filter((text) => text.trim() !== "");
  const findingLines = findingRows.length;
  checkEntityNames(findings, { molecules, targets, sources, cellLines }, problems, findings.length === findingLines);
  checkIdSources("molecules.tsv", molecules, moleculeIds, problems);
  checkIdSources("targets.tsv", targets, targetIds, problems);
  checkIdSources("references.tsv", references, ["title", "journal", "doi", "pmid"], problems);
  checkVerdicts(verdicts, findings, sources, problems);
  checkNoteIds(
    {
      "findings.tsv": findings,
      "verdicts.tsv": verdicts,
      "molecules.tsv": molecules,
      "targets.tsv": targets,
      "references.tsv": references,
    },
    // Every id in the file, including rows that failed to parse: those already have their problem.
    new Set(findingRows.map((text) => text.split("\t", 1)[0] ?? "")),
    retired,
    problems,
  );
  checkEvidence(findings, problems);
  checkQuoteAnchors("findings.tsv", findings, problems);
  checkQuoteAnchors("verdicts.tsv", verdicts, problems);

  if (descriptor.success) {
    const columns = (schema: { shape: object }) => Object.keys(schema.shape);
    checkResources(
      descriptor.data,
      {
        "sources.tsv": columns(Source),
        "cell_lines.tsv": columns(CellLine),
        "molecules.tsv": columns(Molecule),
        "targets.tsv": columns(Target),
        "references.tsv": columns(Reference),
        "findings.tsv": columns(FindingRow),
        "verdicts.tsv": columns(VerdictRow),
        "retired.tsv": columns(RetiredRow),
      } satisfies Record<DataFile, string[]>,
      problems,
    );
  }

  if (problems.list.length > 0 || !descriptor.success) throw new DatasetError(problems.list);

  const rows = <T>(located: Located<T>[]): T[] => located.map(({ row }) => row);
  const data = {
    sources: rows(sources),
    cellLines: rows(cellLines),
    molecules: rows(molecules),
    targets: rows(targets),
    references: rows(references),
    findings: rows(findings).map((row): Finding => ({ ...row, quote_url: quoteUrl(row.quote) })),
    verdicts: rows(verdicts),
    retired: rows(retired),
  };
  const index = buildIndexes(data.sources, data.cellLines, data.molecules, data.targets, data.findings, data.verdicts);
  return {
    descriptor: descriptor.data,
    version: `${descriptor.data.version}+${fingerprint(dataFiles.map((f) => files[f]))}`,
    ...data,
    index,
    searchIndex: buildFindingSearch(data.findings, index),
  };
}
