import { z } from "@hono/zod-openapi";
import {
  BASES,
  DIRECTIONS,
  MODELS,
  MOLECULE_TYPES,
  PROCESSES,
  SOURCE_GROUPS,
  SOURCE_STATES,
  VERDICT_BASES,
  VERDICTS,
  VESICLES,
} from "../contract/vocabulary";

// The zod enums over the contract's vocabularies: validation and the OpenAPI document use these.

export const Process = z.enum(PROCESSES).openapi("Process", {
  description: "formation = bone formation (osteogenesis); resorption = bone resorption (osteoclastogenesis); cartilage = cartilage metabolism",
});

/** For cartilage, "promotes" means protective/anabolic and "inhibits" catabolic/destructive. */
export const Direction = z.enum(DIRECTIONS).openapi("Direction");

export const Verdict = z.enum(VERDICTS).openapi("Verdict", {
  description: "The review's verdict on one source × process. not_studied: the review says no study exists; no_data: it says nothing.",
});

export const Basis = z.enum(BASES).openapi("Basis", {
  description: "review: the review's own verdict (figures and summaries); evidence: derived from the findings alone",
});

export const VerdictBasis = z.enum(VERDICT_BASES);

export const Vesicle = z.enum(VESICLES);

export const Model = z.enum(MODELS);

export const SourceGroup = z.enum(SOURCE_GROUPS);

export const MoleculeType = z.enum(MOLECULE_TYPES).openapi("MoleculeType");

export const SourceState = z.enum(SOURCE_STATES);
