import { z } from "@hono/zod-openapi";
import type { Dataset } from "../dataset/dataset";
import { Reference } from "../dataset/reference";

export const CitedReference = Reference.extend({
  findings: z.array(z.string()).openapi({ description: "Ids of the findings that cite this work" }),
}).openapi("CitedReference");
export type CitedReference = z.infer<typeof CitedReference>;

/** A work the review cites, with the findings that rest on it. */
export function citedReference(ds: Dataset, reference: Reference): CitedReference {
  return { ...reference, findings: (ds.index.findingsByCitation.get(reference.key) ?? []).map((f) => f.id) };
}
