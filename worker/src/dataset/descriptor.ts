import { z } from "@hono/zod-openapi";

/** The parts of data/datapackage.json (a Frictionless Data Package) that the product reads. */
export const Descriptor = z
  .object({
    name: z.string().min(1),
    title: z.string().min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.0.0"),
    licenses: z.array(z.object({ name: z.string(), title: z.string(), path: z.string().url() })).min(1),
    sources: z
      .array(
        z.object({
          title: z.string(),
          path: z.string().url(),
          doi: z.string().optional(),
          licenses: z.array(z.object({ name: z.string() })).optional(),
        }),
      )
      .min(1),
    resources: z.array(
      z
        .object({
          name: z.string(),
          path: z.string(),
          schema: z.object({
            fields: z.array(z.object({ name: z.string(), type: z.string(), description: z.string().optional() }).passthrough()),
          }),
        })
        .passthrough(),
    ),
  })
  .passthrough();
export type Descriptor = z.infer<typeof Descriptor>;
