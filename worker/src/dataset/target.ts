import { z } from "@hono/zod-openapi";
import { hgncId, hgncSymbol, mirbaseAccession, mirbasePrecursor, ncbiGene } from "./identifiers";
import { list, required, text } from "./text";
import { TargetKind } from "./vocabulary";

/** A gene, miRNA, pathway, process, complex or family that findings act on (targets.tsv). */
export const Target = z
  .object({
    name: required.openapi({
      description: "The normalised name: the HGNC symbol for a gene, miRBase nomenclature for a miRNA",
      example: "RUNX2",
    }),
    kind: TargetKind,
    aliases: list.openapi({ description: "The review's other spellings (Runx2, MMP-13, NFATc1); every one resolves to this target" }),
    hgnc_symbol: hgncSymbol,
    hgnc_id: hgncId,
    ncbi_gene: ncbiGene,
    mirbase_accession: mirbaseAccession,
    mirbase_precursor: mirbasePrecursor,
    id_source: text,
    note: text,
  })
  .openapi("Target");
export type Target = z.infer<typeof Target>;

/** The identifier columns of a target, which need an id_source when filled. */
export const targetIds = ["hgnc_id", "ncbi_gene", "mirbase_accession", "mirbase_precursor"] as const;
