// Limits the worker enforces and the add-in stays within: one number each, read by both sides.

/** Calls in one POST /v1/batch. */
export const MAX_CALLS = 1000;
/** Bytes of one POST /v1/batch body. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Characters in one text argument of a batch call. */
export const MAX_ARG_LENGTH = 1000;
/** Findings in one page of GET /v1/findings (and all EXO.FINDINGS returns). */
export const MAX_FINDINGS_LIMIT = 1000;
/** Rows in one page of the other lists that grow with the data: GET /v1/references, /v1/molecules, /v1/targets. */
export const MAX_LIST_LIMIT = 1000;

/**
 * Calls the add-in puts in one batch, far below MAX_CALLS. Warm, a batch this size stays within
 * the Workers Free plan's 10 ms of CPU (the add-in's mix 2–4 ms, 100 FINDINGS 7–8 ms; BENCHMARKS.md,
 * cost per request). A fresh isolate's first request does not, at any size: it pays ~8 ms before
 * any lookup runs (/healthz alone; 25 calls cost nearly as much as 100), so a smaller batch would only
 * add requests to a recalculation (1,550 distinct formulas: 16 batches of 100, 31 of 50).
 */
export const CLIENT_BATCH_CALLS = 100;
/** Bytes of calls the add-in puts in one batch: below MAX_BODY_BYTES with room for the envelope. */
export const CLIENT_BATCH_BYTES = 768 * 1024;
