import { z } from "@hono/zod-openapi";
import { MOLECULE_TYPES } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { Molecule } from "../dataset/molecule";
import { many, type OneOrMany } from "./findings";
import { resolveChoice } from "./names";
import { countsOf } from "./summary-of";

export const MoleculeCount = Molecule.extend({ findings: z.number().int() }).openapi("MoleculeCount");
export type MoleculeCount = z.infer<typeof MoleculeCount>;

/** Cargo molecules with how many findings name them, narrowed by types, sources and processes (any of each). */
export function molecules(ds: Dataset, args: { type?: OneOrMany; source?: OneOrMany; process?: OneOrMany }): MoleculeCount[] {
  const types = many(args.type);
  const wanted = types && new Set<string>(types.map((t) => resolveChoice(t, MOLECULE_TYPES, "type")));
  const counts = countsOf(
    ds,
    many(args.source),
    many(args.process),
    (f) => f.cargo,
    (summary) => summary.cargo,
  );
  return ds.molecules
    .filter((m) => counts.has(m.name) && (!wanted || wanted.has(m.type)))
    .map((m) => ({ ...m, findings: counts.get(m.name)! }));
}
