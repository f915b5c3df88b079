import type { CellLine } from "./cell-line";
import type { FindingRow } from "./finding";
import { nameKey } from "./indexes";
import type { Molecule } from "./molecule";
import type { Source } from "./source";
import type { Target } from "./target";
import type { Located, ValidationReport } from "./tsv";

/** Every spelling (name and aliases, any case) to the canonical name it stands for. */
const canonicalNames = (entries: { name: string; aliases: string[] }[]): Map<string, string> =>
  new Map(entries.flatMap(({ name, aliases }) => [name, ...aliases].map((spelling) => [nameKey(spelling), name] as const)));

/**
 * Findings name molecules and targets by their canonical names, so that one entity is one key
 * everywhere (indexes, filters, the network); an alias in findings.tsv is a problem naming the
 * canonical name. Recipients that are a source or a cell line use its code or name.
 */
export function checkEntityNames(
  findings: Located<FindingRow>[],
  files: { molecules: Located<Molecule>[]; targets: Located<Target>[]; sources: Located<Source>[]; cellLines: Located<CellLine>[] },
  problems: ValidationReport,
  everyFindingParsed: boolean,
): void {
  const file = "findings.tsv";
  const molecules = canonicalNames(files.molecules.map(({ row }) => row));
  const targets = canonicalNames(files.targets.map(({ row }) => row));
  const recipients = canonicalNames([
    ...files.sources.map(({ row }) => ({ name: row.code, aliases: [row.name, ...row.aliases] })),
    ...files.cellLines.map(({ row }) => row),
  ]);
  for (const { line, row } of findings) {
    for (const name of row.cargo) {
      const canonical = molecules.get(nameKey(name));
      if (canonical === undefined) problems.add(file, line, "cargo", `"${name}" is not in molecules.tsv; add it there with its type`);
      else if (canonical !== name) problems.add(file, line, "cargo", `"${name}" is an alias; write the molecule's name "${canonical}"`);
    }
    for (const name of row.targets) {
      const canonical = targets.get(nameKey(name));
      if (canonical === undefined) problems.add(file, line, "targets", `"${name}" is not in targets.tsv; add it there with its kind`);
      else if (canonical !== name) problems.add(file, line, "targets", `"${name}" is an alias; write the target's name "${canonical}"`);
    }
    for (const name of row.recipient) {
      const canonical = recipients.get(nameKey(name));
      if (canonical !== undefined && canonical !== name)
        problems.add(
          file,
          line,
          "recipient",
          `"${name}" is a spelling of ${canonical}; write "${canonical}" (sources.tsv code or cell_lines.tsv name)`,
        );
    }
  }
  // A finding that failed to parse would make its molecules and targets look unused: say nothing then.
  if (!everyFindingParsed) return;
  const used = (pick: (f: FindingRow) => string[]) => new Set(findings.flatMap(({ row }) => pick(row)));
  const cargo = used((f) => f.cargo);
  for (const { line, row } of files.molecules) {
    if (!cargo.has(row.name))
      problems.add("molecules.tsv", line, "name", `"${row.name}" is cargo of no finding; remove it or cite it in findings.tsv`);
  }
  const acted = used((f) => f.targets);
  for (const { line, row } of files.targets) {
    if (!acted.has(row.name))
      problems.add("targets.tsv", line, "name", `"${row.name}" is a target of no finding; remove it or name it in findings.tsv`);
  }
}
