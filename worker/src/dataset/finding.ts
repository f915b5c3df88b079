import { z } from "@hono/zod-openapi";
import { Direction, Model, Process, SourceState, Vesicle } from "./vocabulary";
import { list, required, text } from "./text";

/** One claim of the review: a source's vesicles act on one process in one direction (findings.tsv). */
export const Finding = z
  .object({
    id: z.string().regex(/^F-[23](\.\d){0,2}-\d{2,3}$/, "must look like F-2.1-07 (section, then a number)"),
    section: z.string().regex(/^[23](\.\d){1,2}$/, "must be a subsection number like 2.1 or 3.1.4"),
    source: required,
    source_state: SourceState,
    vesicle: Vesicle,
    process: Process,
    direction: Direction,
    cargo: list.openapi({ description: "Molecules carried by the vesicles (names in molecules.tsv)" }),
    targets: list.openapi({ description: "Genes, proteins, pathways or axes acted on" }),
    recipient: list.openapi({ description: "Cells acted on: a source code, a cell line, or the review's words" }),
    context: text,
    model: Model,
    citations: list.openapi({ description: "Citation keys as the review writes them (references.tsv)" }),
    quote: required.max(250, "is longer than 250 characters"),
    note: text,
  })
  .openapi("Finding");
export type Finding = z.infer<typeof Finding>;
