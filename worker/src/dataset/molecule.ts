import { z } from "@hono/zod-openapi";
import { MoleculeType } from "./vocabulary";
import { list, required } from "./text";

/** A cargo molecule, named as the review writes it (molecules.tsv). */
export const Molecule = z
  .object({
    name: required,
    type: MoleculeType,
    aliases: list,
  })
  .openapi("Molecule");
export type Molecule = z.infer<typeof Molecule>;
