import { z } from "@hono/zod-openapi";
import { BASES, type Basis } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { SourceGroup, Verdict } from "../dataset/vocabulary";
import { effectVerdict } from "./effect";
import { resolveChoice } from "./names";

export const MatrixRow = z
  .object({
    source: z.string(),
    name: z.string(),
    group: SourceGroup,
    formation: Verdict,
    resorption: Verdict,
    cartilage: Verdict,
  })
  .openapi("MatrixRow");
export type MatrixRow = z.infer<typeof MatrixRow>;

const built = new WeakMap<Dataset, Map<Basis, MatrixRow[]>>();

/** Every source × process verdict: Figures 1–3 of the review as one table, built once per basis. */
export function matrix(ds: Dataset, args: { basis?: string }): MatrixRow[] {
  const basis = resolveChoice(args.basis ?? "review", BASES, "basis");
  const tables = built.get(ds) ?? new Map<Basis, MatrixRow[]>();
  built.set(ds, tables);
  let rows = tables.get(basis);
  if (!rows) {
    rows = ds.sources.map((s) => {
      const verdict = (process: string) => effectVerdict(ds, { source: s.code, process, basis }).verdict;
      return {
        source: s.code,
        name: s.name,
        group: s.group,
        formation: verdict("formation"),
        resorption: verdict("resorption"),
        cartilage: verdict("cartilage"),
      };
    });
    tables.set(basis, rows);
  }
  return rows;
}
