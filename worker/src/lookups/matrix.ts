import { z } from "@hono/zod-openapi";
import type { Dataset } from "../dataset/dataset";
import { Verdict } from "../dataset/vocabulary";
import { effect } from "./effect";

export const MatrixRow = z
  .object({
    source: z.string(),
    name: z.string(),
    group: z.string(),
    formation: Verdict,
    resorption: Verdict,
    cartilage: Verdict,
  })
  .openapi("MatrixRow");
export type MatrixRow = z.infer<typeof MatrixRow>;

/** Every source × process verdict: Figures 1–3 of the review as one table. */
export function matrix(ds: Dataset, args: { basis?: string }): MatrixRow[] {
  return ds.sources.map((s) => {
    const verdict = (process: string) => effect(ds, { source: s.code, process, basis: args.basis }).verdict;
    return { source: s.code, name: s.name, group: s.group, formation: verdict("formation"), resorption: verdict("resorption"), cartilage: verdict("cartilage") };
  });
}
