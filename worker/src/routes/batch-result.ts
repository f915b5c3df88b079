import { z } from "@hono/zod-openapi";

// What POST /v1/batch answers per call, in a file of its own: the add-in's contract takes these
// types from here without reaching the route (and the dataset it embeds).

export const BatchFailure = z
  .object({
    code: z.enum(["bad_argument", "not_found", "bad_call", "too_large", "internal"]),
    message: z.string(),
    param: z.string().optional(),
    allowed: z.array(z.string()).optional(),
    suggestion: z.string().optional(),
  })
  .openapi("BatchFailure");
export type BatchFailure = z.infer<typeof BatchFailure>;

// Exactly one of the two, and so the document says: `value` is required (z.unknown() alone would
// leave it optional) and neither takes the other's key. The failure comes first because zod clients
// generated from the document (orval, typed-openapi) try the branches in order, take `value` as
// z.unknown(), which an absent key satisfies, and drop keys they do not know: with the success
// first, a failed call read as {} and its error was lost.
export const BatchResult = z
  .union([z.object({ error: BatchFailure }).strict(), z.object({ value: z.unknown().nonoptional() }).strict()])
  .openapi("BatchResult");
export type BatchResult = z.infer<typeof BatchResult>;
