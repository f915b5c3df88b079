import type { Dataset } from "../dataset/dataset";
import type { VerdictRow } from "../dataset/verdict";
import { Verdict } from "../dataset/vocabulary";
import { resolveChoice, resolveProcess, resolveSource } from "./names";

export interface VerdictsQuery {
  source?: readonly string[];
  process?: readonly string[];
  verdict?: readonly string[];
}

/** The review's verdict rows with their quotes, narrowed to any of the given sources, processes and verdicts. */
export function verdicts(ds: Dataset, query: VerdictsQuery): VerdictRow[] {
  const sources = query.source && new Set(query.source.map((s) => resolveSource(ds, s).code));
  const processes = query.process && new Set(query.process.map((p) => resolveProcess(ds, p)));
  const wanted = query.verdict && new Set(query.verdict.map((v) => resolveChoice(v, Verdict.options, "verdict")));
  return ds.verdicts.filter(
    (v) => (!sources || sources.has(v.source)) && (!processes || processes.has(v.process)) && (!wanted || wanted.has(v.verdict)),
  );
}
