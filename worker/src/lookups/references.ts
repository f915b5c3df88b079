import { z } from "@hono/zod-openapi";
import type { Dataset } from "../dataset/dataset";
import { Reference } from "../dataset/reference";

export const CitedReference = Reference.extend({
  findings: z.array(z.string()).openapi({ description: "Ids of the findings that cite this work" }),
}).openapi("CitedReference");
export type CitedReference = z.infer<typeof CitedReference>;

/** Every work the review cites, with the findings that rest on it. */
export function references(ds: Dataset): CitedReference[] {
  return ds.references.map((r) => ({ ...r, findings: (ds.index.findingsByCitation.get(r.key) ?? []).map((f) => f.id) }));
}
