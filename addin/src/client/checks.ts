import { FINDING_COLUMNS, type Finding, type MatrixRow, PROCESSES, VERDICTS, type Verdict } from "../../../worker/src/contract";

/**
 * Checks the shape of one answer, so that a wrong one becomes a clear error ("the service answered
 * in a shape this add-in does not know"), never a cell or a pane showing "undefined".
 */
export type Check<T> = (value: unknown) => value is T;

export const isString = (value: unknown): value is string => typeof value === "string";
export const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);
export const isListOf =
  <T>(item: Check<T>): Check<T[]> =>
  (value: unknown): value is T[] =>
    Array.isArray(value) && value.every(item);

export const isVerdict = (value: unknown): value is Verdict => VERDICTS.some((verdict) => verdict === value);

/** Every column of a finding holds text, a list of text, or (offsets) a number. */
export const isFinding = (value: unknown): value is Finding =>
  isObject(value) && FINDING_COLUMNS.every((column) => isString(value[column]) || isStringList(value[column]) || isNumber(value[column]));

export const isMatrixRow = (value: unknown): value is MatrixRow =>
  isObject(value) &&
  isString(value.source) &&
  isString(value.name) &&
  isString(value.group) &&
  PROCESSES.every((process) => isVerdict(value[process]));
