import { z } from "@hono/zod-openapi";
import { hgncId, hgncSymbol, mirbaseAccession, mirbasePrecursor, ncbiGene, rnacentral } from "./identifiers";
import { list, required, text } from "./text";
import { MoleculeType, Species } from "./vocabulary";

/**
 * A cargo molecule in miRBase / HGNC nomenclature, with no precision the review lacks (an arm-less
 * miRNA stays arm-less); the review's own spellings are aliases (molecules.tsv).
 */
export const Molecule = z
  .object({
    name: required,
    type: MoleculeType,
    species: Species,
    aliases: list.openapi({ description: "The review's spellings and earlier names; every one resolves to this molecule" }),
    mirbase_accession: mirbaseAccession,
    mirbase_precursor: mirbasePrecursor,
    hgnc_symbol: hgncSymbol,
    hgnc_id: hgncId,
    ncbi_gene: ncbiGene,
    rnacentral,
    id_source: text.openapi({ description: "The copy of miRBase or HGNC each identifier was read in" }),
    note: text,
  })
  .openapi("Molecule");
export type Molecule = z.infer<typeof Molecule>;

/** The identifier columns of a molecule, which need an id_source when filled. */
export const moleculeIds = ["mirbase_accession", "mirbase_precursor", "hgnc_id", "ncbi_gene", "rnacentral"] as const;
