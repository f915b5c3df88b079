/**
 * The API's shapes as the task pane reads them. Type-only imports: the worker's zod schemas stay
 * the single source of truth, and nothing of the worker ends up in the browser bundle.
 */
export type { Finding } from "../../../worker/src/dataset/finding";
export type { Source } from "../../../worker/src/dataset/source";
export type { MatrixRow } from "../../../worker/src/lookups/matrix";
export type { DatasetInfo } from "../../../worker/src/lookups/dataset-info";
export type { Direction, MoleculeType, Process, Verdict } from "../../../worker/src/dataset/vocabulary";

/** `{data, meta}`: what every list route answers. */
export interface ListAnswer<T> {
  data: T[];
  meta: { total: number; limit?: number; offset?: number; dataset: string };
}
