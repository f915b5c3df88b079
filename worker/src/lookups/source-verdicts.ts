import { z } from "@hono/zod-openapi";
import { VERDICTS } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { Verdict } from "../dataset/vocabulary";
import { matrix } from "./matrix";
import { resolveChoice, resolveProcess } from "./names";

export const SourceVerdict = z.object({ source: z.string(), name: z.string(), verdict: Verdict }).openapi("SourceVerdict");
export type SourceVerdict = z.infer<typeof SourceVerdict>;

/** The sources and their verdict on one process, optionally only those with a given verdict. */
export function sourcesFor(ds: Dataset, args: { process: string; verdict?: string; basis?: string }): SourceVerdict[] {
  const process = resolveProcess(ds, args.process);
  const wanted = args.verdict === undefined ? undefined : resolveChoice(args.verdict, VERDICTS, "verdict");
  return matrix(ds, { basis: args.basis })
    .map((row) => ({ source: row.source, name: row.name, verdict: row[process] }))
    .filter((row) => wanted === undefined || row.verdict === wanted);
}
