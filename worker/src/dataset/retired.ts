import { z } from "@hono/zod-openapi";
import { FindingRow } from "./finding";
import { list, required } from "./text";

/** A retired id was a finding id, and what replaces it is one: the same form as findings.tsv's `id`. */
const findingId = FindingRow.shape.id;

/** A finding id removed from findings.tsv, with the release that removed it and why (retired.tsv). */
export const RetiredRow = z
  .object({
    id: findingId,
    retired_in: required.regex(/^\d+\.\d+\.\d+$/, "is not a dataset version like 1.1.0"),
    reason: required,
    names: z.array(list.element.regex(/^(molecule|target):./, "must be molecule: or target: followed by the spelling")).openapi({
      description: "The spellings (molecule: or target: + spelling) that named only this finding, so they no longer resolve",
    }),
    // Appended rather than placed beside `reason`, so a reader of the 1.1.0 file by column position still works.
    replaced_by: z.array(findingId).openapi({
      description:
        "The current findings that carry the retired finding's claim from the same passage (corrected, split or merged); empty when none does",
    }),
  })
  .openapi("RetiredRow");
export type RetiredRow = z.infer<typeof RetiredRow>;
