import { z } from "@hono/zod-openapi";
import { doi, pmid } from "./identifiers";
import { required, text } from "./text";

/** A work the review cites, keyed exactly as the review cites it (references.tsv). */
export const Reference = z
  .object({
    key: required.openapi({ example: "Sun et al., 2016" }),
    first_author: required,
    year: z.number().int().min(1900).max(2100),
    suffix: text.openapi({ description: "The letter that tells apart two works of one author and year (2021a)" }),
    title: text.openapi({ description: "The cited work's title, where verified from a record of it" }),
    journal: text,
    doi,
    pmid,
    id_source: text.openapi({ description: "Where the title, journal, DOI and PMID were read" }),
    note: text.openapi({ description: "How the key was matched to the work; ambiguous keys are flagged here" }),
  })
  .openapi("Reference");
export type Reference = z.infer<typeof Reference>;
