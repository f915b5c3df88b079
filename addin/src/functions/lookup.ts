import type { LookupName } from "../../../worker/src/contract";
import { ServiceError } from "../client/errors";
import { service } from "../client/service";
import { excelError } from "./excel-error";

/** Checks the shape of one answer so that a wrong one becomes a clear #N/A, never a cell of "undefined". */
export type Check<T> = (value: unknown) => value is T;

export const isString = (value: unknown): value is string => typeof value === "string";
export const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
export const isListOf =
  <T>(item: (value: unknown) => boolean) =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(item);

/** Asks the shared client for one lookup; any failure comes back as the Excel error to show. */
export async function lookup<T>(fn: LookupName, args: readonly unknown[], check: Check<T>): Promise<T> {
  let value: unknown;
  try {
    value = await service().call(fn, args, { fresh: fn === "version" });
  } catch (error) {
    throw excelError(error);
  }
  if (!check(value)) {
    throw excelError(new ServiceError("malformed", `The exo-bone service answered ${fn} in a shape this add-in does not know. Reload the add-in; if it persists, report it.`));
  }
  return value;
}
