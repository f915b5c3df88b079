import type { LookupName } from "./lookups";

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
 * Calls the add-in puts in one batch, far below MAX_CALLS, each counted by CLIENT_CALL_WEIGHT. On
 * an isolate that has answered once, a batch this size stays within the Workers Free plan's 10 ms
 * of CPU (the add-in's mix ~5 ms, 100 FINDINGS ~7 ms; BENCHMARKS.md, cost per request). A fresh
 * isolate's first request costs more, mostly code V8 compiles on first use: the mix 7–12 ms, which
 * a smaller batch would barely lower while adding requests to every recalculation (1,550 distinct
 * formulas: 16 batches of 100, 31 of 50). A request over the limit gets a 5xx, which the client
 * answers by splitting the batch and sending the halves again, to a warm isolate by then.
 */
export const CLIENT_BATCH_CALLS = 100;
/**
 * How many of CLIENT_BATCH_CALLS one call of a lookup takes up; 1 unless listed. A FINDINGS answer
 * is many rows (~5 KiB, against ~0.15 KiB for an EFFECT), and on a fresh isolate 100 of them cost
 * 13–23 ms of CPU where 50 cost ~8 ms (BENCHMARKS.md, cost per request): counted twice, a batch
 * holds at most 50, so the add-in's first batch fits the Free plan's 10 ms.
 */
export const CLIENT_CALL_WEIGHT: Partial<Record<LookupName, number>> = { findings: 2 };
/** Bytes of calls the add-in puts in one batch: below MAX_BODY_BYTES with room for the envelope. */
export const CLIENT_BATCH_BYTES = 768 * 1024;
