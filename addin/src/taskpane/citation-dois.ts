import { MAX_LIST_LIMIT } from "../../../worker/src/contract";
import { type Api, answers, read } from "./api";

/**
 * The DOI of each cited work, by citation key, from /v1/references, page by page (JSON answers
 * pages). The dataset records a DOI only where it was verified; the map holds only those, so a
 * citation without one gets no link rather than a guessed one.
 */
export async function citationDois(api: Api): Promise<ReadonlyMap<string, string>> {
  const dois = new Map<string, string>();
  for (let offset = 0; ; ) {
    const page = await read(api, `/v1/references?limit=${MAX_LIST_LIMIT}&offset=${offset}`, answers.references);
    for (const reference of page.data) {
      const { key, doi } = reference;
      if (typeof key === "string" && typeof doi === "string" && /^10\.\d{4,9}\/\S+$/.test(doi)) dois.set(key, doi);
    }
    offset += page.data.length;
    if (page.data.length === 0 || offset >= page.meta.total) return dois;
  }
}
