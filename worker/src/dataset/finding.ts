import { z } from "@hono/zod-openapi";
import { list, offset, required, text } from "./text";
import { CargoChange, CitationGiven, Direction, DirectionBasis, EvidenceCode, Model, Process, SourceState, Vesicle } from "./vocabulary";

/** One line of findings.tsv: a source's vesicles act on one process in one direction. */
export const FindingRow = z.object({
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
  quote_start: offset.openapi({
    description: "Where the quote starts in the review's text: a UTF-16 code unit offset, counted from 0 (data/README.md)",
  }),
  quote_end: offset.openapi({ description: "Where the quote ends in the review's text (exclusive)" }),
  note: text,
  direction_basis: DirectionBasis,
  citation_given: CitationGiven,
  cargo_change: CargoChange,
  evidence_code: EvidenceCode,
});
export type FindingRow = z.infer<typeof FindingRow>;

/** One claim of the review as the API gives it: the row, and a link that shows its quote in the article. */
export const Finding = FindingRow.extend({
  quote_url: z.string().url().openapi({
    description: "The article's full text, with a text fragment (#:~:text=) that highlights the quote in browsers that support it",
  }),
}).openapi("Finding");
export type Finding = z.infer<typeof Finding>;
