import { z } from "@hono/zod-openapi";
import { TARGET_KINDS } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { Target } from "../dataset/target";
import { type OneOrMany, many, matchingFindings } from "./findings";
import { resolveChoice } from "./names";

export const TargetCount = Target.extend({ findings: z.number().int() }).openapi("TargetCount");
export type TargetCount = z.infer<typeof TargetCount>;

/** The rows of targets.tsv that matching findings act on, with how many findings name each; any of several kinds, sources or processes. */
export function targetList(ds: Dataset, args: { kind?: OneOrMany; source?: OneOrMany; process?: OneOrMany }): TargetCount[] {
  const kinds = many(args.kind);
  const wanted = kinds && new Set<string>(kinds.map((k) => resolveChoice(k, TARGET_KINDS, "kind")));
  const counts = new Map<string, number>();
  for (const finding of matchingFindings(ds, { source: many(args.source), process: args.process })) {
    for (const name of finding.targets) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return ds.targets.filter((t) => counts.has(t.name) && (!wanted || wanted.has(t.kind))).map((t) => ({ ...t, findings: counts.get(t.name)! }));
}
