import type { Dataset } from "../dataset/dataset";

/**
 * The dataset as a schema.org Dataset (https://schema.org/Dataset, JSON-LD), for search engines
 * and data catalogues: what it is, its version and licence, and the review it is based on. Given
 * the origin serving it, also where it lives and where each file can be downloaded. The one
 * builder behind /v1/dataset's `jsonld` and the home page.
 */
export function datasetJsonLd(ds: Dataset, origin?: string): Record<string, unknown> {
  const { descriptor } = ds;
  const source = descriptor.sources[0]!;
  const doi = source.doi ? `https://doi.org/${source.doi}` : source.path;
  const located =
    origin === undefined
      ? {}
      : {
          url: `${origin}/`,
          distribution: [
            {
              "@type": "DataDownload",
              name: "datapackage.json",
              encodingFormat: "application/json",
              contentUrl: `${origin}/data/datapackage.json`,
            },
            ...descriptor.resources.map((resource) => ({
              "@type": "DataDownload",
              name: resource.path,
              encodingFormat: "text/tab-separated-values",
              contentUrl: `${origin}/data/${resource.path}`,
            })),
          ],
        };
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
    variableMeasured: [
      "source cell type",
      "process (GO:0001503, GO:0045453, GO:0051216)",
      "direction",
      "cargo molecule",
      "target",
      "evidence code (ECO)",
    ],
    ...located,
  };
}
