import { type Check, isFinding, isListOf, isMatrixRow, isNumber, isObject, isString, isStringList } from "../client/checks";
import type { ExoClient, RequestOptions } from "../client/client";
import { ServiceError } from "../client/errors";
import type { DatasetInfo, Effect, ListAnswer, Source } from "./types";

/**
 * What the task pane needs from the service: JSON from the GET routes. The shared client gives it,
 * so the pane and the custom functions share one client and one cache in the shared runtime.
 */
export type Api = Pick<ExoClient, "get">;

const isListAnswer =
  <T>(item: Check<T>): Check<ListAnswer<T>> =>
  (value: unknown): value is ListAnswer<T> =>
    isObject(value) && isListOf(item)(value.data) && isObject(value.meta) && isNumber(value.meta.total) && isString(value.meta.dataset);

const isSource = (value: unknown): value is Source =>
  isObject(value) && isString(value.code) && isString(value.name) && isString(value.group) && isStringList(value.aliases);

const isDatasetInfo = (value: unknown): value is DatasetInfo =>
  isObject(value) &&
  isString(value.version) &&
  isObject(value.license) &&
  isObject(value.source) &&
  isString(value.source.doi) &&
  isObject(value.counts);

const isException = (value: unknown): boolean =>
  isObject(value) && isString(value.finding) && isString(value.state) && isString(value.direction);

/** An /v1/effect answer, read for its verdict's exceptions. */
const isEffect = (value: unknown): value is Effect =>
  isObject(value) && isString(value.verdict) && Array.isArray(value.exceptions) && value.exceptions.every(isException);

/** The shapes the pane reads, each checked before it is shown or written into a workbook. */
export const answers = {
  sources: isListAnswer(isSource),
  findings: isListAnswer(isFinding),
  matrix: isListAnswer(isMatrixRow),
  dataset: isDatasetInfo,
  effect: isEffect,
  /** Cited works, read for their key and, where the dataset gives one, their DOI. */
  references: isListAnswer((value: unknown): value is Record<string, unknown> & { key: string } => isObject(value) && isString(value.key)),
};

/** A GET of the JSON API, with the shape the pane expects; anything else is a ServiceError saying so. */
export async function read<T>(api: Api, path: string, check: Check<T>, options?: RequestOptions): Promise<T> {
  const answer = await api.get(path, {}, options);
  if (check(answer)) return answer;
  throw new ServiceError(
    "malformed",
    `The exo-bone service answered ${path.split("?")[0]} in a shape this add-in does not know. Reload the add-in; if it persists, report it.`,
  );
}
