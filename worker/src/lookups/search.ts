import type MiniSearch from "minisearch";
import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import { loadFindingSearch } from "../dataset/finding-search";

const loaded = new WeakMap<Dataset, MiniSearch<Finding>>();

/** Findings matching every word of `q` (in any order), best first, as id → relevance. */
export function searchFindings(ds: Dataset, q: string): Map<string, number> {
  let search = loaded.get(ds);
  if (!search) {
    search = loadFindingSearch(ds.searchIndex);
    loaded.set(ds, search);
  }
  return new Map(search.search(q).map((hit) => [String(hit.id), hit.score]));
}
