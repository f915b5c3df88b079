import { z } from "@hono/zod-openapi";
import { MOLECULE_TYPES } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { Molecule } from "../dataset/molecule";
import { many, type OneOrMany } from "./findings";
import { resolveChoice } from "./names";
import { tallyOf } from "./summary-of";

export const MoleculeCount = Molecule.extend({ findings: z.number().int() }).openapi("MoleculeCount");
export type MoleculeCount = z.infer<typeof MoleculeCount>;

/** Cargo molecules with how many findings name them, narrowed by types, sources and processes (any of each), in file order. */
export function molecules(ds: Dataset, args: { type?: OneOrMany; source?: OneOrMany; process?: OneOrMany }): MoleculeCount[] {
  const types = many(args.type);
  const wanted = types && new Set<string>(types.map((t) => resolveChoice(t, MOLECULE_TYPES, "type")));
  const rows: MoleculeCount[] = [];
  for (const [line, findings] of tallyOf(ds, many(args.source), many(args.process), (summary) => summary.moleculeTally)) {
    const molecule = ds.molecules[line]!;
    if (!wanted || wanted.has(molecule.type)) rows.push({ ...molecule, findings });
  }
  return rows;
}
