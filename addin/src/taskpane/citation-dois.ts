import { type Api, answers, read } from "./api";

/**
 * The DOI of each cited work, by citation key, from /v1/references. The dataset records a DOI only
 * where it was verified; the map holds only those, so a citation without one gets no link rather
 * than a guessed one.
 */
export async function citationDois(api: Api): Promise<ReadonlyMap<string, string>> {
  const answer = await read(api, "/v1/references", answers.references);
  const dois = new Map<string, string>();
  for (const reference of answer.data) {
    const { key, doi } = reference;
    if (typeof key === "string" && typeof doi === "string" && /^10\.\d{4,9}\/\S+$/.test(doi)) dois.set(key, doi);
  }
  return dois;
}
