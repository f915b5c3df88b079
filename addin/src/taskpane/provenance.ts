import type { DatasetInfo } from "./types";

/** Where a table's rows came from, in the words a reader of the workbook needs to cite or re-run it. */
export interface Provenance {
  /** The dataset version that answered. */
  dataset: string;
  /** The query as an API URL anyone can open. */
  url: string;
  retrieved: Date;
}

/**
 * The caption written above every inserted table: it travels with the workbook, so a copy sent to
 * a colleague still says which dataset, which query, when, and what to cite.
 */
export function captionText(info: DatasetInfo, from: Provenance): string {
  const when = from.retrieved.toISOString().replace(/\.\d+Z$/, "Z");
  return `exo-bone dataset ${from.dataset} · query ${from.url} · retrieved ${when} · source: ${info.source.title}, doi:${info.source.doi} · licence ${info.license.title}`;
}
