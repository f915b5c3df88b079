import { z } from "@hono/zod-openapi";
import { list, required } from "./text";

/** A finding id removed from findings.tsv, with the release that removed it and why (retired.tsv). */
export const RetiredRow = z
  .object({
    id: required.regex(/^F-\d+(\.\d+)*-\d{2,}$/, "is not a finding id like F-2.2-03"),
    retired_in: required.regex(/^\d+\.\d+\.\d+$/, "is not a dataset version like 1.1.0"),
    reason: required,
    names: list.openapi({
      description: "The spellings (molecule: or target: + spelling) that named only this finding, so they no longer resolve",
    }),
  })
  .openapi("RetiredRow");
export type RetiredRow = z.infer<typeof RetiredRow>;
