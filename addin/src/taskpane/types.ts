/** The API's shapes as the task pane reads them, from the contract. */
export type {
  DatasetInfo,
  Direction,
  Effect,
  Finding,
  MatrixRow,
  MoleculeType,
  Process,
  Source,
  Verdict,
} from "../../../worker/src/contract";

/** `{data, meta}`: what every list route answers. */
export interface ListAnswer<T> {
  data: T[];
  meta: { total: number; limit?: number; offset?: number; dataset: string };
}
