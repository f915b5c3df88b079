import type { Arg, LookupName } from "../../../worker/src/contract";

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

export const callKey = (fn: LookupName, args: readonly Arg[]): string => JSON.stringify([fn, ...args]);
