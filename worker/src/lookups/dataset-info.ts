import { z } from "@hono/zod-openapi";
import type { Dataset } from "../dataset/dataset";

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
    jsonld: z.record(z.string(), z.unknown()).openapi({ description: "The dataset as a schema.org Dataset (JSON-LD), for search engines and data catalogues" }),
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
    jsonld: schemaOrgDataset(ds),
  };
}

/** schema.org `Dataset` (https://schema.org/Dataset): what it is, its version and licence, and the review it is based on. */
function schemaOrgDataset(ds: Dataset): Record<string, unknown> {
  const { descriptor } = ds;
  const source = descriptor.sources[0]!;
  const doi = source.doi ? `https://doi.org/${source.doi}` : source.path;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: descriptor.title,
    alternateName: descriptor.name,
    description: typeof descriptor.description === "string" ? descriptor.description : descriptor.title,
    version: descriptor.version,
    license: descriptor.licenses[0]!.path,
    isAccessibleForFree: true,
    keywords: Array.isArray(descriptor.keywords) ? descriptor.keywords : [],
    measurementTechnique: "Manual curation of one review article; every record quotes the review verbatim",
    isBasedOn: { "@type": "ScholarlyArticle", name: source.title, url: doi, identifier: doi },
    citation: doi,
    variableMeasured: ["source cell type", "process (GO:0001503, GO:0045453, GO:0051216)", "direction", "cargo molecule", "target", "evidence code (ECO)"],
  };
}
