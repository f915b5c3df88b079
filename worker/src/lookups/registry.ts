import { MAX_FINDINGS_LIMIT } from "../contract/limits";
import { type Arg, LOOKUP_PARAMS, type LookupArgsObject, type LookupName } from "../contract/lookups";
import type { Dataset } from "../dataset/dataset";
import { cargo } from "./cargo";
import { citations } from "./citations";
import { count } from "./count";
import { effectVerdict } from "./effect";
import { findingRecord } from "./finding";
import { findings } from "./findings";
import { LookupError } from "./lookup-error";
import { matrix } from "./matrix";
import { sourceName } from "./source-name";
import { sourcesFor } from "./source-verdicts";
import { targets } from "./targets";
import { version } from "./version";

/** Sources as EXO.FINDINGS passes them: comma-separated, or none for every source. */
const sourceList = (text: string | undefined): string[] | undefined =>
  text
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * What each lookup of the contract runs. POST /v1/batch dispatches through this table to the same
 * functions the GET routes use; each function's argument type is the contract's, so a parameter
 * renamed on one side fails to compile here.
 */
const implementations = {
  // What EXO.EFFECT shows, not GET /v1/effect's finding ids and exceptions, which grow with the data.
  effect: (ds, a) => effectVerdict(ds, a),
  findings: (ds, a) =>
    findings(ds, {
      source: sourceList(a.source),
      process: a.process,
      direction: a.direction,
      type: a.type,
      q: a.text,
      limit: MAX_FINDINGS_LIMIT,
    }),
  finding: (ds, a) => findingRecord(ds, a),
  cargo: (ds, a) => cargo(ds, a),
  targets: (ds, a) => targets(ds, a),
  sources: (ds, a) => sourcesFor(ds, a),
  count: (ds, a) => count(ds, a),
  citations: (ds, a) => citations(ds, a),
  name: (ds, a) => sourceName(ds, a),
  matrix: (ds, a) => matrix(ds, a),
  version: (ds) => version(ds),
} satisfies { [N in LookupName]: (ds: Dataset, args: LookupArgsObject<N>) => unknown };

/** What each lookup answers, from its implementation. */
type Results = { [N in LookupName]: ReturnType<(typeof implementations)[N]> };
export type LookupResult<N extends LookupName> = Results[N];

const lookups: { [N in LookupName]: (ds: Dataset, args: LookupArgsObject<N>) => Results[N] } = implementations;

/** Throws for the first required parameter left blank; past it, the arguments are the lookup's own. */
function assertRequired<N extends LookupName>(fn: N, args: Partial<Record<string, string>>): asserts args is LookupArgsObject<N> {
  const required: readonly string[] = LOOKUP_PARAMS[fn].required;
  const missing = required.find((param) => args[param] === undefined);
  if (missing !== undefined)
    throw new LookupError("bad_argument", missing, `${fn} needs ${missing} (argument ${required.indexOf(missing) + 1}); it was empty.`);
}

/** Runs one lookup from positional arguments; blank optional arguments count as omitted. */
export function call<N extends LookupName>(ds: Dataset, fn: N, positional: readonly Arg[]): LookupResult<N> {
  const { required, optional } = LOOKUP_PARAMS[fn];
  const params: readonly string[] = [...required, ...optional];
  if (positional.length > params.length) {
    throw new LookupError(
      "bad_argument",
      "args",
      `${fn} takes at most ${params.length} argument(s) (${params.join(", ") || "none"}) but got ${positional.length}.`,
    );
  }
  const args: Partial<Record<string, string>> = {};
  params.forEach((param, i) => {
    const value = positional[i];
    const text = value === null || value === undefined ? "" : String(value).trim();
    if (text !== "") args[param] = text;
  });
  assertRequired(fn, args);
  return lookups[fn](ds, args);
}
