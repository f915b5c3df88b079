import { z } from "@hono/zod-openapi";
import { BASES, type Verdict as VerdictCode } from "../contract/vocabulary";
import type { Dataset } from "../dataset/dataset";
import { pairKey } from "../dataset/indexes";
import { parseException } from "../dataset/verdict-rule";
import { Basis, Direction, Process, SourceState, Verdict, VerdictBasis } from "../dataset/vocabulary";
import { resolveChoice, resolveProcess, resolveSource } from "./names";
import { summaryOf } from "./summary-of";

export const Effect = z
  .object({
    source: z.string().openapi({ example: "OC" }),
    // The process as named in the data, whichever alias was asked for: one of the three.
    process: Process,
    basis: Basis,
    verdict: Verdict,
    evidence: z.object({ promotes: z.number().int(), inhibits: z.number().int(), no_effect: z.number().int() }),
    findings: z.array(z.string()).openapi({ description: "Ids of the findings behind the answer" }),
    exceptions: z
      .array(z.object({ finding: z.string().openapi({ example: "F-2.1-21" }), state: SourceState, direction: Direction }))
      .openapi({
        description:
          "Findings that disagree with the review's verdict only through a variant of the source (aged, senescent, OA, mature …)",
      }),
    review: z.object({ verdict: Verdict, basis: VerdictBasis, quote: z.string(), note: z.string() }).openapi({
      description: "The review's verdict row with the passage it rests on",
    }),
    dataset: z.string(),
  })
  .openapi("Effect");
export type Effect = z.infer<typeof Effect>;

/** The verdict the findings alone support: one direction, both, or none. */
function evidenceVerdict(promotes: number, inhibits: number, reviewVerdict: VerdictCode): VerdictCode {
  if (promotes > 0 && inhibits > 0) return "mixed";
  if (promotes > 0) return "promotes";
  if (inhibits > 0) return "inhibits";
  return reviewVerdict === "not_studied" ? "not_studied" : "no_data";
}

/** What EXO.EFFECT shows: the verdict and the evidence counts, without GET /v1/effect's finding ids, exceptions and passage. */
export type EffectVerdict = Pick<Effect, "source" | "process" | "basis" | "verdict" | "evidence">;

/**
 * The verdict on one source × process and its evidence counts: a fixed size whatever the data
 * holds. POST /v1/batch answers EXO.EFFECT with this; GET /v1/effect adds what grows with the data.
 */
export function effectVerdict(ds: Dataset, args: { source: string; process: string; basis?: string }): EffectVerdict {
  const source = resolveSource(ds, args.source);
  const process = resolveProcess(ds, args.process);
  const basis = resolveChoice(args.basis ?? "review", BASES, "basis");
  const row = ds.index.verdictBySourceProcess.get(pairKey(source.code, process))!;
  const { evidence } = summaryOf(ds, source.code, process);
  return {
    source: source.code,
    process,
    basis,
    verdict: basis === "review" ? row.verdict : evidenceVerdict(evidence.promotes, evidence.inhibits, row.verdict),
    evidence: { ...evidence },
  };
}

/** The verdict with what it rests on: the finding ids, the exceptions and the review's passage. */
export function effect(ds: Dataset, args: { source: string; process: string; basis?: string }): Effect {
  const source = resolveSource(ds, args.source).code;
  const process = resolveProcess(ds, args.process);
  const row = ds.index.verdictBySourceProcess.get(pairKey(source, process))!;
  return {
    ...effectVerdict(ds, { source, process, basis: args.basis }),
    findings: summaryOf(ds, source, process).ids,
    exceptions: row.exceptions.map((item) => {
      const { finding } = parseException(item);
      const found = ds.index.findingById.get(finding)!;
      return { finding, state: found.source_state, direction: found.direction };
    }),
    review: { verdict: row.verdict, basis: row.basis, quote: row.quote, note: row.note },
    dataset: ds.version,
  };
}
