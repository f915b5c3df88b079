import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import type { Reference } from "../dataset/reference";
import { type DatasetInfo, datasetInfo } from "./dataset-info";
import { LookupError } from "./lookup-error";
import { nearest } from "./nearest";
import { RetiredFindingError, retiredFinding } from "./retired";

/** One finding with what it takes to cite it: the works it cites and the dataset it comes from. */
export interface FindingRecord {
  finding: Finding;
  /** The works in `finding.citations`, in that order. */
  references: Reference[];
  dataset: Pick<DatasetInfo, "name" | "title" | "version" | "license" | "source">;
}

const referenceIndexes = new WeakMap<Dataset, Map<string, Reference>>();

/** references.tsv by citation key, built once per dataset. */
function referencesByKey(ds: Dataset): Map<string, Reference> {
  const known = referenceIndexes.get(ds);
  if (known) return known;
  const index = new Map(ds.references.map((r) => [r.key, r]));
  referenceIndexes.set(ds, index);
  return index;
}

/** A finding by its id (any case), with its references and the dataset's attribution. */
export function findingRecord(ds: Dataset, args: { id: string }): FindingRecord {
  const id = args.id.trim().toUpperCase();
  const finding = ds.index.findingById.get(id);
  if (!finding) {
    const retired = retiredFinding(ds, id);
    if (retired) throw new RetiredFindingError(retired, "EXO.FINDINGS lists them");
    const suggestion = nearest(id, ds.index.findingById.keys());
    const hint = suggestion ? ` Did you mean ${suggestion}?` : "";
    throw new LookupError(
      "not_found",
      "id",
      `There is no finding "${args.id.trim().slice(0, 40)}".${hint} Finding ids look like F-2.2-03 (section, then number); EXO.FINDINGS lists them.`,
      undefined,
      suggestion,
    );
  }
  const { name, title, version, license, source } = datasetInfo(ds);
  const byKey = referencesByKey(ds);
  const references = finding.citations.flatMap((key) => byKey.get(key) ?? []);
  return { finding, references, dataset: { name, title, version, license, source } };
}
