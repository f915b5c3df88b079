import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { LookupError } from "../lookups/lookup-error";

export const ParamError = z.object({
  param: z.string(),
  message: z.string(),
  allowed: z.array(z.string()).optional(),
  suggestion: z.string().optional(),
});
export type ParamError = z.infer<typeof ParamError>;

/** RFC 9457 problem details, with one entry per parameter that was wrong. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(ParamError),
  })
  .openapi("Problem");
export type Problem = z.infer<typeof Problem>;

const titles: Record<number, string> = {
  400: "Bad request",
  404: "Not found",
  405: "Method not allowed",
  406: "Not acceptable",
  413: "Request too large",
  415: "Unsupported media type",
  429: "Too many requests",
  500: "Internal error",
};

export function problem(c: Context, status: ContentfulStatusCode, detail: string, errors: ParamError[] = []): Response {
  const body: Problem = { type: "about:blank", title: titles[status] ?? "Error", status, detail, instance: new URL(c.req.url).pathname, errors };
  return c.body(JSON.stringify(body), status, { "Content-Type": "application/problem+json; charset=utf-8" });
}

/** A lookup's own error as the parameter error a client can act on. */
export function paramError(error: LookupError): ParamError {
  return {
    param: error.param,
    message: error.message,
    ...(error.allowed ? { allowed: error.allowed } : {}),
    ...(error.suggestion ? { suggestion: error.suggestion } : {}),
  };
}

/** zod's issues, one per parameter, in words that say what is allowed. */
export function zodErrors(error: z.core.$ZodError): ParamError[] {
  return error.issues.map((issue) => {
    const param = issue.path.map(String).join(".") || "body";
    const allowed = "values" in issue && Array.isArray(issue.values) ? issue.values.map(String) : undefined;
    return { param, message: `${param}: ${issue.message}`, ...(allowed ? { allowed } : {}) };
  });
}

/** A request whose parameters or body failed validation: 400, naming each bad parameter. */
export function invalidRequest(c: Context, error: z.core.$ZodError): Response {
  const errors = zodErrors(error);
  return problem(c, 400, `The request has ${errors.length} invalid parameter(s): ${errors.map((e) => e.param).join(", ")}.`, errors);
}
