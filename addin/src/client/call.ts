import { type Arg, CASE_INSENSITIVE_PARAMS, LOOKUP_PARAMS, type LookupName, nameKey } from "../../../worker/src/contract";

/**
 * Arguments as the service reads them: blanks become null (omitted), strings are trimmed and
 * trailing omitted arguments dropped, so `EXO.EFFECT("OC","cartilage")` and
 * `EXO.EFFECT(" OC ","cartilage","")` are one call, one request and one cache entry.
 */
export function normalizeArgs(args: readonly unknown[]): Arg[] {
  const normalized = args.map((arg): Arg => {
    if (arg === null || arg === undefined) return null;
    if (typeof arg === "string") return arg.trim() === "" ? null : arg.trim();
    if (typeof arg === "number" || typeof arg === "boolean") return arg;
    return String(arg);
  });
  while (normalized.length > 0 && normalized[normalized.length - 1] === null) normalized.pop();
  return normalized;
}

/**
 * The key of one call: arguments the service matches case-insensitively are folded as it folds
 * them, so `OC`, `oc` and `Oc` share one request and one cache entry; free text keeps its case.
 */
export function callKey(fn: LookupName, args: readonly Arg[]): string {
  const { required, optional } = LOOKUP_PARAMS[fn];
  const params: readonly string[] = [...required, ...optional];
  const folded = args.map((arg, i) => (typeof arg === "string" && CASE_INSENSITIVE_PARAMS.has(params[i] ?? "") ? nameKey(arg) : arg));
  return JSON.stringify([fn, ...folded]);
}
