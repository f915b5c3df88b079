import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { LookupError } from "../lookups/lookup-error";
import { kindOfStatus, type ProblemKind, type ProblemStatus, problemAnchor, statusTitles } from "./problem-kinds";

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
    type: z.string().openapi({
      description: "The kind of problem: a link to its section of /docs",
      example: "https://exo-bone.example/docs#problem-unknown-parameter",
    }),
    title: z.string().openapi({ description: "The status's standard phrase", example: "Bad Request" }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({
      description: "What was wrong, what is allowed, what to try",
      example: "sourc is not a parameter of /v1/findings. Did you mean source?",
    }),
    instance: z.string().optional().openapi({ description: "The path that was asked for" }),
    errors: z.array(ParamError),
  })
  .openapi("Problem");
export type Problem = z.infer<typeof Problem>;

/** A status a problem document can have (see problem-kinds.ts). */
export const isProblemStatus = (status: number): status is ProblemStatus => status in statusTitles;

/**
 * Answers with an RFC 9457 problem document: `type` is the kind's section of /docs on the serving
 * origin, `title` the status's standard phrase. The kind defaults to the one the status means.
 */
export function problem(
  c: Context,
  status: ProblemStatus,
  detail: string,
  errors: ParamError[] = [],
  kind: ProblemKind = kindOfStatus(status),
): Response {
  const url = new URL(c.req.url);
  const body: Problem = {
    type: `${url.origin}/docs#${problemAnchor(kind)}`,
    title: statusTitles[status],
    status,
    detail,
    instance: url.pathname,
    errors,
  };
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

const stringList = z.array(z.string());

/** zod's issues, one per parameter (the first wins), in words that say what is allowed. */
export function zodErrors(error: z.core.$ZodError): ParamError[] {
  const byParam = new Map<string, ParamError>();
  for (const issue of error.issues) {
    // An item of a list parameter (verdict.1) is blamed on the parameter.
    const param =
      issue.path
        .map(String)
        .join(".")
        .replace(/\.\d+$/, "") || "body";
    if (byParam.has(param)) continue;
    const given = issue.code === "custom" ? issue.params : undefined;
    const allowed = "values" in issue && Array.isArray(issue.values) ? issue.values.map(String) : stringList.safeParse(given?.allowed).data;
    const suggestion = typeof given?.suggestion === "string" ? given.suggestion : undefined;
    const missing = issue.code === "invalid_type" && issue.message.endsWith("received undefined");
    const message = missing ? `${param} is required` : `${param}: ${issue.message}`;
    byParam.set(param, { param, message, ...(allowed ? { allowed } : {}), ...(suggestion ? { suggestion } : {}) });
  }
  return [...byParam.values()];
}

/** A request whose parameters or body failed validation: 400, naming each bad parameter. */
export function invalidRequest(c: Context, error: z.core.$ZodError): Response {
  const errors = zodErrors(error);
  return problem(c, 400, `The request has ${errors.length} invalid parameter(s): ${errors.map((e) => e.param).join(", ")}.`, errors);
}
