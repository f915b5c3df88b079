import type { Dataset } from "../dataset/dataset";

/**
 * The dataset as a schema.org Dataset (JSON-LD), for search engines and data catalogues: what it
 * is, its version and licence, the review it is based on, and where each file can be downloaded.
 */
export function datasetJsonLd(ds: Dataset, origin: string) {
  const { descriptor } = ds;
  const review = descriptor.sources[0]!;
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: descriptor.title,
    alternateName: descriptor.name,
    ...(typeof descriptor.description === "string" ? { description: descriptor.description } : {}),
    version: ds.version,
    url: `${origin}/`,
    license: descriptor.licenses[0]!.path,
    isAccessibleForFree: true,
    ...(Array.isArray(descriptor.keywords) ? { keywords: descriptor.keywords } : {}),
    isBasedOn: {
      "@type": "ScholarlyArticle",
      name: review.title,
      url: review.path,
      ...(review.doi ? { identifier: `https://doi.org/${review.doi}` } : {}),
    },
    distribution: [
      { "@type": "DataDownload", name: "datapackage.json", encodingFormat: "application/json", contentUrl: `${origin}/data/datapackage.json` },
      ...descriptor.resources.map((resource) => ({
        "@type": "DataDownload",
        name: resource.path,
        encodingFormat: "text/tab-separated-values",
        contentUrl: `${origin}/data/${resource.path}`,
      })),
    ],
  };
}
