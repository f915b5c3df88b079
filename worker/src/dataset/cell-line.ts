import { z } from "@hono/zod-openapi";
import { list, required } from "./text";

/** A cell line the review names (cell_lines.tsv). */
export const CellLine = z
  .object({
    name: required,
    aliases: list,
    species: required,
    models: list.openapi({ description: "The cell type it stands for: a source code or words" }),
    cellosaurus: z.string().regex(/^(CVCL_[A-Z0-9]{4})?$/, "must be a Cellosaurus accession like CVCL_0440, or empty"),
  })
  .openapi("CellLine");
export type CellLine = z.infer<typeof CellLine>;
