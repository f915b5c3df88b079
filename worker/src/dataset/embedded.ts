import packed from "../../../build/dataset.pack";
import type { Dataset } from "./dataset";
import { unpack } from "./packed";

/** What `npm run build:dataset` packs: the validated, indexed dataset and the id of the build. */
interface Built {
  /** A hash of everything the Worker is built from (code, data, lockfile, config). */
  build: string;
  dataset: Dataset;
}

let built: Built | undefined;

// The build packed exactly this shape from a Dataset that loadDataset validated and indexed.
const load = (): Built => (built ??= unpack(packed) as Built);

/** The dataset shipped inside the Worker, unpacked on first use, once per isolate. */
export const dataset = (): Dataset => load().dataset;

/** The id of this build, for ETags: it changes when the code, the data or the dependencies do. */
export const buildId = (): string => load().build;
