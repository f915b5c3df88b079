import type { CellLine } from "../dataset/cell-line";
import type { Dataset } from "../dataset/dataset";
import { nameKey } from "../dataset/indexes";
import { resolveSource } from "./names";

export interface CellLinesQuery {
  /** Only lines that stand for one of these sources (any spelling). */
  source?: readonly string[];
  species?: string;
}

/** The cell lines the review names, narrowed to the sources they model and a species. */
export function cellLines(ds: Dataset, query: CellLinesQuery): CellLine[] {
  const sources = query.source && new Set(query.source.map((s) => resolveSource(ds, s).code));
  const species = query.species === undefined ? undefined : nameKey(query.species);
  return ds.cellLines.filter(
    (line) => (!sources || line.models.some((m) => sources.has(m))) && (species === undefined || nameKey(line.species) === species),
  );
}
