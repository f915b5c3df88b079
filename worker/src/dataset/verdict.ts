import { z } from "@hono/zod-openapi";
import { Process, Verdict, VerdictBasis } from "./vocabulary";
import { required, text } from "./text";

/** The review's own verdict on one source × process (verdicts.tsv). */
export const VerdictRow = z
  .object({
    source: required,
    process: Process,
    verdict: Verdict,
    basis: VerdictBasis,
    quote: required.max(250, "is longer than 250 characters"),
    note: text,
  })
  .openapi("VerdictRow");
export type VerdictRow = z.infer<typeof VerdictRow>;
