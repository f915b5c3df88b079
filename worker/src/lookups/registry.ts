import type { Dataset } from "../dataset/dataset";
import { cargo } from "./cargo";
import { citations } from "./citations";
import { count } from "./count";
import { effect } from "./effect";
import { findingRecord } from "./finding";
import { findings, MAX_LIMIT } from "./findings";
import { LookupError } from "./lookup-error";
import { matrix } from "./matrix";
import { name } from "./name";
import { sourcesFor } from "./sources";
import { targets } from "./targets";
import { version } from "./version";

type Args = Record<string, string | undefined>;

interface Lookup {
  /** Parameter names in the order the EXO.* custom function takes them. */
  params: readonly string[];
  /** How many leading parameters must be given. */
  required: number;
  run: (ds: Dataset, args: Args) => unknown;
}

/**
 * The lookups the EXO.* custom functions make, by name, with positional parameters as Excel
 * passes them. POST /v1/batch dispatches through this table to the same functions the GET routes use.
 */
export const lookups = {
  effect: { params: ["source", "process", "basis"], required: 2, run: (ds, a) => effect(ds, a as { source: string; process: string; basis?: string }) },
  findings: {
    params: ["source", "process", "direction", "type", "q"],
    required: 0,
    run: (ds, a) => findings(ds, { source: a.source?.split(",").map((s) => s.trim()).filter(Boolean), process: a.process, direction: a.direction, type: a.type, q: a.q, limit: MAX_LIMIT }),
  },
  finding: { params: ["id"], required: 1, run: (ds, a) => findingRecord(ds, a as { id: string }) },
  cargo: { params: ["source", "process", "type"], required: 1, run: (ds, a) => cargo(ds, a as { source: string }) },
  targets: { params: ["source", "process"], required: 1, run: (ds, a) => targets(ds, a as { source: string }) },
  sources: { params: ["process", "verdict", "basis"], required: 1, run: (ds, a) => sourcesFor(ds, a as { process: string }) },
  count: { params: ["source", "process", "direction"], required: 2, run: (ds, a) => count(ds, a as { source: string; process: string }) },
  citations: { params: ["source", "process"], required: 2, run: (ds, a) => citations(ds, a as { source: string; process: string }) },
  name: { params: ["code_or_alias"], required: 1, run: (ds, a) => name(ds, a as { code_or_alias: string }) },
  matrix: { params: ["basis"], required: 0, run: (ds, a) => matrix(ds, a) },
  version: { params: [], required: 0, run: (ds) => version(ds) },
} satisfies Record<string, Lookup>;

export type LookupName = keyof typeof lookups;
export const lookupNames = Object.keys(lookups) as LookupName[];

/** Runs one lookup from positional arguments; blank optional arguments count as omitted. */
export function call(ds: Dataset, fn: LookupName, positional: readonly (string | number | boolean | null)[]): unknown {
  const lookup: Lookup = lookups[fn];
  if (positional.length > lookup.params.length) {
    throw new LookupError("bad_argument", "args", `${fn} takes at most ${lookup.params.length} argument(s) (${lookup.params.join(", ") || "none"}) but got ${positional.length}.`);
  }
  const args: Args = {};
  lookup.params.forEach((param, i) => {
    const value = positional[i];
    const text = value === null || value === undefined ? "" : String(value).trim();
    if (text !== "") args[param] = text;
    else if (i < lookup.required) throw new LookupError("bad_argument", param, `${fn} needs ${param} (argument ${i + 1}); it was empty.`);
  });
  return lookup.run(ds, args);
}
