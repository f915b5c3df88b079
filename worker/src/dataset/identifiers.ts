import { z } from "@hono/zod-openapi";
import type { Located, ValidationReport } from "./tsv";

/**
 * An identifier cell: empty (not verified — blank beats wrong) or exactly the database's format,
 * so a typo can never pass for an accession.
 */
const identifier = (pattern: RegExp, example: string, what: string) =>
  z
    .string()
    .regex(new RegExp(`^(${pattern.source})?$`), `must be ${what} like ${example}, or empty`)
    .openapi({ description: `${what} (${example}); empty unless verified`, example });

export const mirbaseAccession = identifier(/MIMAT\d{7}/, "MIMAT0000062", "a miRBase mature miRNA accession");
export const mirbasePrecursor = identifier(/MI\d{7}/, "MI0000402", "a miRBase precursor (hairpin) accession");
export const hgncId = identifier(/HGNC:\d+/, "HGNC:10472", "an HGNC gene id");
export const hgncSymbol = identifier(/[A-Z0-9][A-Za-z0-9_-]*/, "RUNX2", "an HGNC approved symbol");
export const ncbiGene = identifier(/\d+/, "860", "an NCBI Gene id");
export const rnacentral = identifier(/URS[0-9A-F]{10}/, "URS0000A77400", "an RNAcentral id");
export const cellOntology = identifier(/CL:\d{7}/, "CL:0000092", "a Cell Ontology id");
export const doi = identifier(/10\.\d{4,9}\/\S+/, "10.3389/fphar.2024.1516125", "a DOI");
export const pmid = identifier(/\d{1,9}/, "30185903", "a PubMed id");

/** Every filled identifier says where it was verified; a row with none has no id_source. */
export function checkIdSources<T extends { id_source: string }>(
  file: string,
  rows: Located<T>[],
  columns: readonly (keyof T & string)[],
  problems: ValidationReport,
): void {
  for (const { line, row } of rows) {
    const filled = columns.filter((column) => row[column] !== "");
    if (filled.length > 0 && row.id_source === "")
      problems.add(
        file,
        line,
        "id_source",
        `is empty but ${filled.join(", ")} ${filled.length === 1 ? "is" : "are"} filled; say where each identifier was verified`,
      );
    if (filled.length === 0 && row.id_source !== "")
      problems.add(file, line, "id_source", `names a source but no identifier is filled; leave it empty`);
  }
}
