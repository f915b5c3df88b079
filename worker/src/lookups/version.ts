import type { Dataset } from "../dataset/dataset";

/** The dataset's version with its fingerprint, e.g. 1.0.0+1a2b3c4d. */
export function version(ds: Dataset): string {
  return ds.version;
}
