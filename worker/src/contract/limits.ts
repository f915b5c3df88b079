// Limits the worker enforces and the add-in stays within: one number each, read by both sides.

/** Calls in one POST /v1/batch. */
export const MAX_CALLS = 1000;
/** Bytes of one POST /v1/batch body. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Characters in one text argument of a batch call. */
export const MAX_ARG_LENGTH = 1000;
/** Findings in one page of GET /v1/findings (and all EXO.FINDINGS returns). */
export const MAX_FINDINGS_LIMIT = 1000;

/**
 * Calls the add-in puts in one batch: small enough that the worker answers it within the Workers
 * Free plan's 10 ms of CPU even as a fresh isolate's first request (measured: the add-in's mix of
 * 100 calls 4.5–8 ms, 100 FINDINGS calls 9–10 ms; 200 FINDINGS 15–17 ms; BENCHMARKS.md, cost per
 * request), far below MAX_CALLS.
 */
export const CLIENT_BATCH_CALLS = 100;
/** Bytes of calls the add-in puts in one batch: below MAX_BODY_BYTES with room for the envelope. */
export const CLIENT_BATCH_BYTES = 768 * 1024;
