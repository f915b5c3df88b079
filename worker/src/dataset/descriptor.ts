import { z } from "@hono/zod-openapi";
import type { ValidationReport } from "./tsv";

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

/**
 * The package describes the files as they are: every curated file is a resource whose fields are
 * its columns in order, so a scientist who loads datapackage.json (R or Python `frictionless`) gets
 * every table, and no schema there drifts from the file the loader reads.
 */
export function checkResources(descriptor: Descriptor, columnsByFile: Record<string, string[]>, problems: ValidationReport): void {
  const file = "datapackage.json";
  for (const [path, columns] of Object.entries(columnsByFile)) {
    const resource = descriptor.resources.find((r) => r.path === path);
    if (!resource) {
      problems.add(file, 1, "resources", `${path} is not a resource; add one with the path ${path} and the fields ${columns.join(", ")}`);
      continue;
    }
    const fields = resource.schema.fields.map((f) => f.name);
    if (fields.join("\t") !== columns.join("\t"))
      problems.add(
        file,
        1,
        `resources.${resource.name}.schema.fields`,
        `name ${fields.join(", ")} but ${path} has the columns ${columns.join(", ")}; list the file's columns, in its order`,
      );
  }
  for (const resource of descriptor.resources) {
    if (!(resource.path in columnsByFile))
      problems.add(
        file,
        1,
        `resources.${resource.name}.path`,
        `${resource.path} is not one of the dataset's files (${Object.keys(columnsByFile).join(", ")})`,
      );
  }
}
