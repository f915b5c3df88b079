/**
 * Prints the dataset's coverage: findings per source and per process, verdicts per value and
 * molecules per type. Loading validates every file first, so a broken row stops it with its line.
 * Run: npm run data:stats
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { PROCESSES } from "../worker/src/contract/vocabulary";
import { DatasetError, loadDataset } from "../worker/src/dataset/load";
import { readDataFolder } from "./read-folder";

const tally = (values: string[]): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};
const table = (title: string, rows: [string, ...(string | number)[]][], header: string[]): string =>
  [`\n${title}`, header.join("\t"), ...rows.map((r) => r.join("\t"))].join("\n");

try {
  const { files, descriptor } = readDataFolder(dirname(fileURLToPath(import.meta.url)));
  const ds = loadDataset(files, descriptor);
  console.log(
    `exo-bone dataset ${ds.version}: ${ds.findings.length} findings, ${ds.sources.length} sources, ${ds.verdicts.length} verdicts, ${ds.molecules.length} molecules, ${ds.targets.length} targets, ${ds.references.length} references, ${ds.cellLines.length} cell lines`,
  );
  const byPair = tally(ds.findings.map((f) => `${f.source}|${f.process}`));
  console.log(
    table(
      "Findings per source (and per process)",
      ds.sources.map((s) => [
        s.code,
        ...PROCESSES.map((p) => byPair.get(`${s.code}|${p}`) ?? 0),
        ds.index.findingsBySource.get(s.code)?.length ?? 0,
      ]),
      ["source", ...PROCESSES, "total"],
    ),
  );
  const byProcess = tally(ds.findings.map((f) => `${f.process}|${f.direction}`));
  console.log(
    table(
      "Findings per process and direction",
      PROCESSES.map((p) => [
        p,
        byProcess.get(`${p}|promotes`) ?? 0,
        byProcess.get(`${p}|inhibits`) ?? 0,
        byProcess.get(`${p}|no_effect`) ?? 0,
      ]),
      ["process", "promotes", "inhibits", "no_effect"],
    ),
  );
  console.log(table("Verdicts per value", [...tally(ds.verdicts.map((v) => v.verdict))], ["verdict", "count"]));
  console.log(table("Molecules per type", [...tally(ds.molecules.map((m) => m.type))], ["type", "count"]));
  const coverage = (what: string, rows: Record<string, unknown>[], column: string, of = rows.length): [string, string] => {
    const filled = rows.filter((row) => row[column] !== "").length;
    return [what, `${filled} of ${of} (${Math.round((100 * filled) / Math.max(of, 1))}%)`];
  };
  const mirnas = ds.molecules.filter((m) => m.type === "miRNA");
  const genes = ds.targets.filter((t) => t.kind === "gene/protein");
  console.log(
    table(
      "Coverage per identifier kind (filled only where verified)",
      [
        coverage("sources: Cell Ontology (CL)", ds.sources, "cell_ontology"),
        coverage("cell lines: Cellosaurus", ds.cellLines, "cellosaurus"),
        coverage(
          "molecules: species stated or implied",
          ds.molecules.map((m) => ({ species: m.species === "unspecified" ? "" : m.species })),
          "species",
        ),
        coverage("miRNA molecules: miRBase mature (MIMAT)", mirnas, "mirbase_accession"),
        coverage("miRNA molecules: miRBase precursor (MI)", mirnas, "mirbase_precursor"),
        coverage("molecules: HGNC id", ds.molecules, "hgnc_id"),
        coverage("molecules: NCBI Gene", ds.molecules, "ncbi_gene"),
        coverage("molecules: RNAcentral", ds.molecules, "rnacentral"),
        coverage("gene/protein targets: HGNC id", genes, "hgnc_id"),
        coverage(
          "miRNA targets: miRBase (MIMAT)",
          ds.targets.filter((t) => t.kind === "miRNA"),
          "mirbase_accession",
        ),
        coverage("references: title", ds.references, "title"),
        coverage("references: DOI", ds.references, "doi"),
        coverage("references: PMID", ds.references, "pmid"),
        coverage("findings: ECO evidence code", ds.findings, "evidence_code"),
        coverage(
          "findings: quote offsets",
          ds.findings.map((f) => ({ anchored: f.quote_end > f.quote_start ? "yes" : "" })),
          "anchored",
        ),
        ["processes: GO", `${PROCESSES.length} of ${PROCESSES.length} (100%)`],
      ],
      ["identifier", "filled"],
    ),
  );
  console.log(table("Targets per kind", [...tally(ds.targets.map((t) => t.kind))], ["kind", "count"]));
  const flagged = ds.references.filter((r) => r.note.startsWith("AMBIGUOUS")).map((r) => r.key);
  console.log(
    `\nAmbiguous citation keys (flagged in references.tsv note): ${flagged.length}${flagged.length ? ` (${flagged.join("; ")})` : ""}`,
  );
  const uncited = ds.findings.filter((f) => f.citations.length === 0).map((f) => f.id);
  console.log(`\nFindings without a citation in the review: ${uncited.length}${uncited.length ? ` (${uncited.join(", ")})` : ""}`);
} catch (error) {
  if (!(error instanceof DatasetError)) throw error;
  console.error(error.message);
  process.exit(1);
}
