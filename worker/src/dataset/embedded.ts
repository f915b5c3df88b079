import packed from "../../../build/dataset.pack";
import type { Dataset } from "./dataset";
import { unpack } from "./packed";

/** What `npm run build:dataset` packs: the validated, indexed dataset and the id of the build. */
interface Built {
  /** A hash of everything the Worker is built from (code, data, lockfile, config). */
  build: string;
  dataset: Dataset;
}

// Unpacked while the isolate starts, not during its first request: start-up has a budget of its
// own (1 s on every plan), a request's CPU time is what the plans limit. The build packed exactly
// this shape from a Dataset that loadDataset validated and indexed.
const built = unpack(packed) as Built;

/** The dataset shipped inside the Worker, validated and indexed at build time. */
export const dataset = (): Dataset => built.dataset;

/** The id of this build, for ETags: it changes when the code, the data or the dependencies do. */
export const buildId = (): string => built.build;
