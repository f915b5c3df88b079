import { z } from "@hono/zod-openapi";
import type { Dataset } from "../dataset/dataset";
import { datasetJsonLd } from "./dataset-jsonld";

export const DatasetInfo = z
  .object({
    name: z.string(),
    title: z.string(),
    version: z.string().openapi({ example: "1.0.0+1a2b3c4d" }),
    license: z.object({ name: z.string(), title: z.string(), url: z.string() }),
    source: z.object({ title: z.string(), doi: z.string(), url: z.string() }),
    counts: z.object({
      sources: z.number().int(),
      findings: z.number().int(),
      verdicts: z.number().int(),
      molecules: z.number().int(),
      targets: z.number().int(),
      references: z.number().int(),
      cell_lines: z.number().int(),
    }),
    jsonld: z
      .record(z.string(), z.unknown())
      .openapi({ description: "The dataset as a schema.org Dataset (JSON-LD), for search engines and data catalogues" }),
  })
  .openapi("DatasetInfo");
export type DatasetInfo = z.infer<typeof DatasetInfo>;

/** What the dataset is, where it comes from, and how much it holds. */
export function datasetInfo(ds: Dataset): DatasetInfo {
  const license = ds.descriptor.licenses[0]!;
  const source = ds.descriptor.sources[0]!;
  return {
    name: ds.descriptor.name,
    title: ds.descriptor.title,
    version: ds.version,
    license: { name: license.name, title: license.title, url: license.path },
    source: { title: source.title, doi: source.doi ?? "", url: source.path },
    counts: {
      sources: ds.sources.length,
      findings: ds.findings.length,
      verdicts: ds.verdicts.length,
      molecules: ds.molecules.length,
      targets: ds.targets.length,
      references: ds.references.length,
      cell_lines: ds.cellLines.length,
    },
    jsonld: datasetJsonLd(ds),
  };
}
