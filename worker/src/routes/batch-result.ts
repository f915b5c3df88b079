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

export const BatchResult = z.union([z.object({ value: z.unknown() }), z.object({ error: BatchFailure })]).openapi("BatchResult");
export type BatchResult = z.infer<typeof BatchResult>;
