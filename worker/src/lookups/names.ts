import { PROCESSES, type Process } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { nameKey } from "../dataset/indexes";
import type { Molecule } from "../dataset/molecule";
import type { Source } from "../dataset/source";
import { LookupError } from "./lookup-error";
import { nearest } from "./nearest";

const quoted = (input: string): string => JSON.stringify(input.length > 60 ? `${input.slice(0, 60)}…` : input);

/** A source by its code (any case), full name, or any alias the review uses. */
export function resolveSource(ds: Dataset, input: string, param = "source"): Source {
  const found = ds.index.sourceByName.get(nameKey(input));
  if (found) return found;
  const codes = ds.sources.map((s) => s.code);
  const close = nearest(input, ds.index.sourceByName.keys());
  const suggestion = close === undefined ? undefined : ds.index.sourceByName.get(close)?.code;
  throw new LookupError(
    "bad_argument",
    param,
    `${quoted(input)} is not a source the review discusses.${suggestion ? ` Did you mean ${suggestion}?` : ""} Use a code (${codes.join(", ")}), a full name like "osteoclast", or an alias like "OC-Exos".`,
    codes,
    suggestion,
  );
}

/** A process by its code or an alias ("bone formation", "osteoclastogenesis", "cartilage metabolism"). */
export function resolveProcess(ds: Dataset, input: string, param = "process"): Process {
  const found = ds.index.processByName.get(nameKey(input));
  if (found) return found;
  const suggestion = nearest(input, ds.index.processByName.keys());
  const code = suggestion === undefined ? undefined : ds.index.processByName.get(suggestion);
  throw new LookupError(
    "bad_argument",
    param,
    `${quoted(input)} is not a process.${code ? ` Did you mean ${code}?` : ""} Use formation, resorption or cartilage (or "bone formation", "bone resorption", "cartilage metabolism").`,
    [...PROCESSES],
    code,
  );
}

/** A cargo molecule by its name or an alias, as the review writes it (case-insensitive). */
export function resolveMolecule(ds: Dataset, input: string, param = "molecule"): Molecule {
  const found = ds.index.moleculeByName.get(nameKey(input));
  if (found) return found;
  const close = nearest(input, ds.index.moleculeByName.keys());
  const suggestion = close === undefined ? undefined : ds.index.moleculeByName.get(close)?.name;
  throw new LookupError(
    "bad_argument",
    param,
    `${quoted(input)} is not a cargo molecule in the dataset.${suggestion ? ` Did you mean ${suggestion}?` : ""} See GET /v1/molecules for every name.`,
    undefined,
    suggestion,
  );
}

/** A value from a closed list (direction, basis, type…), case-insensitive. */
export function resolveChoice<T extends string>(input: string, choices: readonly T[], param: string): T {
  const found = choices.find((c) => c.toLowerCase() === nameKey(input).replace(/ /g, "_") || c.toLowerCase() === nameKey(input));
  if (found) return found;
  const close = nearest(input, choices);
  const suggestion = choices.find((choice) => choice === close);
  throw new LookupError(
    "bad_argument",
    param,
    `${quoted(input)} is not a valid ${param}.${suggestion ? ` Did you mean ${suggestion}?` : ""} Use one of: ${choices.join(", ")}.`,
    [...choices],
    suggestion,
  );
}
