import { z } from "@hono/zod-openapi";
import { required, text } from "./text";

/** A work the review cites, keyed exactly as the review cites it (references.tsv). */
export const Reference = z
  .object({
    key: required.openapi({ example: "Sun et al., 2016" }),
    first_author: required,
    year: z.number().int().min(1900).max(2100),
    suffix: text.openapi({ description: "The letter that tells apart two works of one author and year (2021a)" }),
  })
  .openapi("Reference");
export type Reference = z.infer<typeof Reference>;
