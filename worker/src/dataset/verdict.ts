import { z } from "@hono/zod-openapi";
import { list, offset, required, text } from "./text";
import { Process, Verdict, VerdictBasis } from "./vocabulary";

/** The review's own verdict on one source × process (verdicts.tsv). */
export const VerdictRow = z
  .object({
    source: required,
    process: Process,
    verdict: Verdict,
    basis: VerdictBasis,
    quote: required.max(250, "is longer than 250 characters"),
    quote_start: offset.openapi({ description: "Where the quote starts in the review's text (see Finding)" }),
    quote_end: offset.openapi({ description: "Where the quote ends in the review's text (exclusive)" }),
    note: text,
    exceptions: list.openapi({
      description:
        "Findings that disagree with the verdict only through a variant of the source, as finding-id:state (F-2.1-21:aged); only on promotes and inhibits verdicts",
    }),
  })
  .openapi("VerdictRow");
export type VerdictRow = z.infer<typeof VerdictRow>;
