// The API's shapes, as types only: the worker's zod schemas are their single source, and nothing
// of zod or hono reaches a bundle that imports them from here.
export type { Finding } from "../dataset/finding";
export type { Source } from "../dataset/source";
export type { DatasetInfo } from "../lookups/dataset-info";
export type { Effect, EffectVerdict } from "../lookups/effect";
export type { FindingRecord } from "../lookups/finding";
export type { FindingsPage } from "../lookups/findings";
export type { MatrixRow } from "../lookups/matrix";
export type { LookupResult } from "../lookups/registry";
export type { SourceVerdict } from "../lookups/source-verdicts";
export type { BatchFailure, BatchResult } from "../routes/batch-result";
