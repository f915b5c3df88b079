import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { RetiredFindingError } from "../lookups/retired";
import { ParamError, Problem, paramError, problem } from "./problem";

/** A current finding that carries a retired one's claim: its id, and where to get it. */
export const Replacement = z
  .object({
    id: z.string().openapi({ description: "The current finding's id", example: "F-2.3-21" }),
    url: z.string().url().openapi({
      description: "GET /v1/findings/{id} of that finding, on the origin that answered",
      example: "https://exo-bone.example/v1/findings/F-2.3-21",
    }),
  })
  .openapi("Replacement");

/** The entry of a 410: the parameter, the message, and what replaced the retired record. */
export const RetiredParamError = ParamError.extend({
  replaced_by: z.array(Replacement).openapi({
    description:
      "The current findings that carry the retired finding's claim from the same passage (data/retired.tsv, replaced_by); empty when none does, and then the message says how to find another",
  }),
});
type RetiredParamError = z.infer<typeof RetiredParamError>;

/** The 410 answer for a retired record: a problem document whose entry says what replaced it. */
export const RetiredProblem = Problem.extend({ errors: z.array(RetiredParamError) }).openapi("RetiredProblem");

/** Answers a lookup of a retired finding id: 410 Gone, kind `retired`, with its replacements as links. */
export function retiredProblem(c: Context, error: RetiredFindingError): Response {
  const origin = new URL(c.req.url).origin;
  const entry: RetiredParamError = {
    ...paramError(error),
    replaced_by: error.retired.replaced_by.map((id) => ({ id, url: `${origin}/v1/findings/${id}` })),
  };
  return problem(c, 410, error.message, [entry], "retired");
}
