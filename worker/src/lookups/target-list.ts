import { z } from "@hono/zod-openapi";
import { TARGET_KINDS } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { Target } from "../dataset/target";
import { resolveChoice } from "./names";
import { summaryOf } from "./summary-of";

export const TargetCount = Target.extend({ findings: z.number().int() }).openapi("TargetCount");
export type TargetCount = z.infer<typeof TargetCount>;

/** The rows of targets.tsv that matching findings act on, with how many findings name each. */
export function targetList(ds: Dataset, args: { kind?: string; source?: string; process?: string }): TargetCount[] {
  const kind = args.kind === undefined ? undefined : resolveChoice(args.kind, TARGET_KINDS, "kind");
  const counts = summaryOf(ds, args.source, args.process).targets;
  return ds.targets.filter((t) => counts.has(t.name) && (kind === undefined || t.kind === kind)).map((t) => ({ ...t, findings: counts.get(t.name)! }));
}
