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
 * Calls the add-in puts in one batch, far below MAX_CALLS. On an isolate that has answered once, a
 * batch this size stays within the Workers Free plan's 10 ms of CPU (the add-in's mix ~5 ms, 100
 * FINDINGS ~7 ms; BENCHMARKS.md, cost per request). A fresh isolate's first request may not (the
 * mix 7–12 ms, 100 FINDINGS 13–23 ms): what it pays is mostly code V8 compiles on first use, so a
 * smaller batch would save little of it and add requests to every recalculation (1,550 distinct
 * formulas: 16 batches of 100, 31 of 50). Such a request gets a 5xx, which the client answers by
 * splitting the batch and sending the halves again, to a warm isolate by then.
 */
export const CLIENT_BATCH_CALLS = 100;
/** Bytes of calls the add-in puts in one batch: below MAX_BODY_BYTES with room for the envelope. */
export const CLIENT_BATCH_BYTES = 768 * 1024;
