import { z } from "@hono/zod-openapi";
import { cellOntology } from "./identifiers";
import { list, required } from "./text";
import { SourceGroup } from "./vocabulary";

/** A cell type whose exosomes/EVs the review discusses (one line of sources.tsv). */
export const Source = z
  .object({
    code: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,9}$/, "must be a short code of letters and digits, like BMSC or Ocy"),
    name: required,
    group: SourceGroup,
    aliases: list,
    cell_ontology: cellOntology,
  })
  .openapi("Source");
export type Source = z.infer<typeof Source>;
