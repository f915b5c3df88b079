import { z } from "@hono/zod-openapi";
import type { Dataset } from "../dataset/dataset";
import { Molecule } from "../dataset/molecule";
import { MOLECULE_TYPES } from "../contract/vocabulary";
import { findingsOf } from "./findings-of";
import { resolveChoice } from "./names";

export const MoleculeCount = Molecule.extend({ findings: z.number().int() }).openapi("MoleculeCount");
export type MoleculeCount = z.infer<typeof MoleculeCount>;

/** Cargo molecules with how many findings name them, narrowed by type, source and process. */
export function molecules(ds: Dataset, args: { type?: string; source?: string; process?: string }): MoleculeCount[] {
  const type = args.type === undefined ? undefined : resolveChoice(args.type, MOLECULE_TYPES, "type");
  const counts = new Map<string, number>();
  for (const finding of findingsOf(ds, args.source, args.process)) {
    for (const name of finding.cargo) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return ds.molecules
    .filter((m) => counts.has(m.name) && (type === undefined || m.type === type))
    .map((m) => ({ ...m, findings: counts.get(m.name)! }));
}
