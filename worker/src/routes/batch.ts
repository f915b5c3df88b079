import { z } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { dataset } from "../dataset/embedded";
import { problem, zodErrors } from "../http/problem";
import { LookupError } from "../lookups/lookup-error";
import { call, lookupNames } from "../lookups/registry";
import { problems } from "./params";
import { defineRoute } from "./route";
import { createRouter } from "./router";

export const MAX_CALLS = 1000;
export const MAX_BODY_BYTES = 1024 * 1024;

const Arg = z.union([z.string().max(1000), z.number(), z.boolean(), z.null()]);

export const BatchCall = z
  .object({
    fn: z.enum(lookupNames as [string, ...string[]]).openapi({ description: "The lookup, as the EXO.* function of the same name" }),
    args: z.array(Arg).max(8).default([]).openapi({ description: "Positional arguments as the custom function takes them; null or \"\" omits an optional one" }),
  })
  .openapi("BatchCall", { example: { fn: "effect", args: ["OC", "cartilage"] } });

const BatchError = z.object({
  code: z.enum(["bad_argument", "not_found", "bad_call", "internal"]),
  message: z.string(),
  param: z.string().optional(),
  allowed: z.array(z.string()).optional(),
  suggestion: z.string().optional(),
});

export const BatchResult = z.union([z.object({ value: z.unknown() }), z.object({ error: BatchError })]).openapi("BatchResult");
export type BatchResult = z.infer<typeof BatchResult>;

const BatchRequest = z
  .object({
    calls: z
      .array(z.unknown().openapi({ description: "A BatchCall: {fn, args}" }))
      .max(MAX_CALLS, `a batch holds at most ${MAX_CALLS} calls; split it into several requests`),
  })
  .openapi("BatchRequest");

const route = defineRoute({
  method: "post",
  operationId: "batch",
  tags: ["batch"],
  path: "/v1/batch",
  summary: "Many lookups in one request (how the Excel functions talk to the API)",
  description: `Each call is {fn, args} with fn one of ${lookupNames.join(", ")}. Results come back in the same order; each call succeeds or fails on its own. At most ${MAX_CALLS} calls and 1 MiB per request.`,
  request: { body: { required: true, content: { "application/json": { schema: BatchRequest } } } },
  responses: {
    200: { description: "One result per call, in order", content: { "application/json": { schema: z.object({ results: z.array(BatchResult), dataset: z.string() }) } } },
    ...problems,
  },
});

function runOne(raw: unknown): BatchResult {
  const parsed = BatchCall.safeParse(raw);
  if (!parsed.success) {
    return { error: { code: "bad_call", message: `Each call must be {fn, args}: ${zodErrors(parsed.error).map((e) => e.message).join("; ")}`, allowed: lookupNames } };
  }
  try {
    return { value: call(dataset(), parsed.data.fn as (typeof lookupNames)[number], parsed.data.args) };
  } catch (error) {
    if (!(error instanceof LookupError)) return { error: { code: "internal", message: "This call failed inside the service; the other calls are unaffected. Please report it." } };
    return {
      error: {
        code: error.code,
        message: error.message,
        param: error.param,
        ...(error.allowed ? { allowed: error.allowed } : {}),
        ...(error.suggestion ? { suggestion: error.suggestion } : {}),
      },
    };
  }
}

export const batchRoutes = createRouter();
batchRoutes.use(
  "/v1/batch",
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => problem(c, 413, `The batch body is larger than 1 MiB. Send at most ${MAX_CALLS} calls per request, in several requests.`, [{ param: "body", message: "at most 1 MiB" }]),
  }),
);
batchRoutes.openapi(route, (c) => {
  const { calls } = c.req.valid("json");
  return c.json({ results: calls.map(runOne), dataset: dataset().version }, 200);
});
