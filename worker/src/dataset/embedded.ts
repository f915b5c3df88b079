import cellLines from "../../../data/cell_lines.tsv";
import descriptor from "../../../data/datapackage.json";
import findings from "../../../data/findings.tsv";
import molecules from "../../../data/molecules.tsv";
import references from "../../../data/references.tsv";
import sources from "../../../data/sources.tsv";
import targets from "../../../data/targets.tsv";
import verdicts from "../../../data/verdicts.tsv";
import type { Dataset } from "./dataset";
import { loadDataset } from "./load";

let loaded: Dataset | undefined;

/** The dataset shipped inside the Worker, parsed and indexed on first use, once per isolate. */
export function dataset(): Dataset {
  loaded ??= loadDataset(
    {
      "sources.tsv": sources,
      "cell_lines.tsv": cellLines,
      "molecules.tsv": molecules,
      "targets.tsv": targets,
      "references.tsv": references,
      "findings.tsv": findings,
      "verdicts.tsv": verdicts,
    },
    descriptor,
  );
  return loaded;
}
