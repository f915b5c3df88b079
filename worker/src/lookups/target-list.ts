import { z } from "@hono/zod-openapi";
import { TARGET_KINDS } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { Target } from "../dataset/target";
import { many, type OneOrMany } from "./findings";
import { resolveChoice } from "./names";
import { tallyOf } from "./summary-of";

export const TargetCount = Target.extend({ findings: z.number().int() }).openapi("TargetCount");
export type TargetCount = z.infer<typeof TargetCount>;

/** The rows of targets.tsv that matching findings act on, with how many findings name each; any of several kinds, sources or processes. */
export function targetList(ds: Dataset, args: { kind?: OneOrMany; source?: OneOrMany; process?: OneOrMany }): TargetCount[] {
  const kinds = many(args.kind);
  const wanted = kinds && new Set<string>(kinds.map((k) => resolveChoice(k, TARGET_KINDS, "kind")));
  const rows: TargetCount[] = [];
  for (const [line, findings] of tallyOf(ds, many(args.source), many(args.process), (summary) => summary.targetTally)) {
    const target = ds.targets[line]!;
    if (!wanted || wanted.has(target.kind)) rows.push({ ...target, findings });
  }
  return rows;
}
