import { z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { MAX_ARG_LENGTH, MAX_BODY_BYTES, MAX_CALLS } from "../contract/limits";
import { LOOKUP_NAMES, LOOKUP_PARAMS, type LookupName } from "../contract/lookups";
import { dataset } from "../dataset/embedded";
import { MAX_ANSWER_BYTES } from "../http/answer-budget";
import { paramError, problem, zodErrors } from "../http/problem";
import { rateLimited } from "../http/rate-limit";
import { LookupError } from "../lookups/lookup-error";
import { call } from "../lookups/registry";
import { batchAnswer, RESULT_BUDGET_BYTES } from "./batch-answer";
import { BatchResult } from "./batch-result";
import { badRequest } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

const Arg = z.union([z.string().max(MAX_ARG_LENGTH), z.number(), z.boolean(), z.null()]);

const examples: Record<LookupName, unknown[]> = {
  effect: ["OC", "cartilage"],
  findings: ["BMSC,OB", "formation", "promotes", "miRNA", "RUNX2"],
  finding: ["F-2.2-03"],
  cargo: ["BMSC", "formation", "miRNA"],
  targets: ["OC", "formation"],
  sources: ["cartilage", "inhibits"],
  count: ["BMSC", "formation"],
  citations: ["OC", "cartilage"],
  name: ["OC-Exos"],
  matrix: ["review"],
  version: [],
};

/** One lookup's call: its name and its positional arguments, as many as the lookup takes. */
function callSchema<N extends LookupName>(fn: N) {
  const { required, optional } = LOOKUP_PARAMS[fn];
  const params = [...required, ...optional];
  const takes = `${fn} takes ${required.length === params.length ? params.length : `${required.length} to ${params.length}`} argument(s)`;
  const signature =
    params.length === 0 ? `${takes}.` : `${takes}: ${params.map((p, i) => (i < required.length ? p : `[${p}]`)).join(", ")}.`;
  return z
    .object({
      fn: z.literal(fn),
      args: z
        .array(Arg)
        .max(params.length, signature)
        .default([])
        .openapi({ description: `${signature} null or "" leaves an optional one out.` }),
    })
    .openapi(`${fn.charAt(0).toUpperCase()}${fn.slice(1)}Call`, { example: { fn, args: examples[fn] } });
}

/** A call of any lookup, told apart by `fn`. */
export const BatchCall = z
  .discriminatedUnion("fn", [callSchema(LOOKUP_NAMES[0]), ...LOOKUP_NAMES.slice(1).map(callSchema)])
  .openapi("BatchCall", { description: `One lookup: fn is ${LOOKUP_NAMES.join(", ")}, as the EXO.* function of the same name` });

const tooMany = `a batch holds at most ${MAX_CALLS} calls; split it into several requests`;

/**
 * The request as the route reads it: each call is checked on its own (runOne), so one malformed
 * call, say a cell with a 2,000-character argument, fails alone instead of failing the whole
 * recalculation. The OpenAPI document still promises BatchCall items, which is what a client sends.
 */
const BatchRequest = z
  .object({ calls: z.array(z.unknown().openapi({ allOf: [{ $ref: "#/components/schemas/BatchCall" }] })).max(MAX_CALLS, tooMany) })
  .openapi("BatchRequest");

const route = defineRoute({
  method: "post",
  operationId: "batch",
  tags: ["batch"],
  path: "/v1/batch",
  summary: "Many lookups in one request (how the Excel functions talk to the API)",
  description: `Each call is {fn, args} with fn one of ${LOOKUP_NAMES.join(", ")}. Results come back in the same order; each call succeeds or fails on its own (a malformed call gets a bad_call error). Each value is what the EXO.* function of the same name shows: effect gives the verdict and its evidence counts ({source, process, basis, verdict, evidence}); GET /v1/effect adds the finding ids, the exceptions and the review's passage, which grow with the data. At most ${MAX_CALLS} calls and 1 MiB per request; the answer is at most ${MAX_ANSWER_BYTES / 1024 / 1024} MiB: once results reach ${RESULT_BUDGET_BYTES / 1024 / 1024} MiB, the remaining calls get a too_large error (send them again, or narrow them). Identical calls are computed once. Rate limited per client: 429 with Retry-After.`,
  request: { body: { required: true, content: { "application/json": { schema: BatchRequest } } } },
  responses: {
    200: {
      description: "One result per call, in order",
      content: { "application/json": { schema: z.object({ results: z.array(BatchResult), dataset: z.string() }) } },
    },
    ...badRequest,
    413: { description: "More than 1 MiB" },
    429: { description: "Too many batches from this client; wait Retry-After seconds" },
  },
});

function runOne(raw: unknown): BatchResult {
  const parsed = BatchCall.safeParse(raw);
  if (!parsed.success) {
    const [first] = zodErrors(parsed.error);
    if (first?.param === "args") return { error: { code: "bad_argument", ...first } };
    return {
      error: {
        code: "bad_call",
        message: `Each call must be {fn, args}: ${zodErrors(parsed.error)
          .map((e) => e.message)
          .join("; ")}`,
        allowed: [...LOOKUP_NAMES],
      },
    };
  }
  try {
    return { value: call(dataset(), parsed.data.fn, parsed.data.args) };
  } catch (error) {
    if (!(error instanceof LookupError))
      return {
        error: { code: "internal", message: "This call failed inside the service; the other calls are unaffected. Please report it." },
      };
    return { error: { code: error.code, ...paramError(error) } };
  }
}

export const batchRoutes = createRouter();
batchRoutes.openAPIRegistry.register("BatchCall", BatchCall);
batchRoutes.use(
  "/v1/batch",
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      problem(c, 413, `The batch body is larger than 1 MiB. Send at most ${MAX_CALLS} calls per request, in several requests.`, [
        { param: "body", message: "at most 1 MiB" },
      ]),
  }),
);
// After the size check: a body refused as too large costs the client none of its allowance.
batchRoutes.use("/v1/batch", rateLimited());
batchRoutes.openapi(route, (c) =>
  c.body(batchAnswer(c.req.valid("json").calls, runOne, dataset().version), 200, { "Content-Type": "application/json; charset=utf-8" }),
);

// Run every lookup while the isolate starts, with its required arguments and with all of them, as
// a batch body the route validates: V8 compiles code on first use, and a fresh isolate's first
// batch would otherwise pay that inside its request (its CPU time is what the plans limit;
// start-up has a 1 s budget of its own). Results land in the call cache, as correct as any.
// FINDINGS with text loads the free-text index here too (restored from its snapshot: ~3–5 ms of
// start-up CPU on workerd), which a fresh isolate's first search (the task pane's, or EXO.FINDINGS
// with text) would otherwise spend inside its request, bringing it to ~9–10 ms: the Free plan's
// limit (BENCHMARKS.md, cost per request).
const warmUp = LOOKUP_NAMES.flatMap((fn) => [
  { fn, args: examples[fn] },
  { fn, args: examples[fn].slice(0, LOOKUP_PARAMS[fn].required.length) },
]);
batchAnswer(BatchRequest.parse({ calls: warmUp }).calls, runOne, dataset().version);
