import { z } from "@hono/zod-openapi";
import {
  BASES,
  CARGO_CHANGES,
  CITATIONS_GIVEN,
  DIRECTION_BASES,
  DIRECTIONS,
  EVIDENCE_CODE_LABELS,
  EVIDENCE_CODES,
  MODELS,
  MOLECULE_TYPES,
  PROCESSES,
  SOURCE_GROUPS,
  SOURCE_STATES,
  SPECIES,
  TARGET_KINDS,
  VERDICT_BASES,
  VERDICTS,
  VESICLES,
} from "../contract/vocabulary";

// The zod enums over the contract's vocabularies: validation and the OpenAPI document use these.

export const Process = z.enum(PROCESSES).openapi("Process", {
  description:
    "formation = bone formation (osteogenesis); resorption = bone resorption (osteoclastogenesis); cartilage = cartilage metabolism",
});

/** For cartilage, "promotes" means protective/anabolic and "inhibits" catabolic/destructive. */
export const Direction = z.enum(DIRECTIONS).openapi("Direction");

export const Verdict = z.enum(VERDICTS).openapi("Verdict", {
  description: "The review's verdict on one source × process. not_studied: the review says no study exists; no_data: it says nothing.",
});

export const Basis = z.enum(BASES).openapi("Basis", {
  description: "review: the review's own verdict (figures and summaries); evidence: derived from the findings alone",
});

// Named, as every vocabulary a response uses in more than one place: inline, a client generator
// makes one type per place (orval: EffectReviewBasis and VerdictRowBasis) for one vocabulary.
export const VerdictBasis = z.enum(VERDICT_BASES).openapi("VerdictBasis", {
  description:
    "What the review's verdict rests on: figure-1, figure-2 or figure-3 (a figure's caption), section summary (a section's closing paragraph or the Conclusion), section text",
});

export const Vesicle = z.enum(VESICLES);

export const Model = z.enum(MODELS);

export const SourceGroup = z.enum(SOURCE_GROUPS).openapi("SourceGroup", {
  description:
    "Where the source cells come from: the skeletal microenvironment (section 2 of the review), or outside it stem cells, vascular, muscle or neural cells (section 3)",
});

export const MoleculeType = z.enum(MOLECULE_TYPES).openapi("MoleculeType");

export const SourceState = z.enum(SOURCE_STATES).openapi("SourceState", {
  description: "The variant of the source cell a finding is about (aged, senescent, OA …); empty when the review names none",
});

export const DirectionBasis = z.enum(DIRECTION_BASES).openapi("DirectionBasis", {
  description: "stated: the sentence says which way; implied: the curators read the direction from its context (the note says how)",
});

export const CitationGiven = z.enum(CITATIONS_GIVEN).openapi("CitationGiven", {
  description:
    "yes: the claim's sentence carries its citations; shared: the citations stand after a later sentence or at the paragraph's end and are kept on every claim they may cover; no: the review cites nothing for it",
});

export const CargoChange = z.enum(CARGO_CHANGES).openapi("CargoChange", {
  description:
    "enriched: more in these vesicles (enriched, highly expressed, overexpressed, abundant, elevated); depleted: less (reduced levels); altered: changed, direction not said; unspecified: named without a level; empty: no cargo",
});

export const EvidenceCode = z.enum(EVIDENCE_CODES).openapi("EvidenceCode", {
  description: Object.entries(EVIDENCE_CODE_LABELS)
    .map(([id, label]) => `${id}: ${label}`)
    .join("; "),
});

export const Species = z.enum(SPECIES).openapi("Species");

export const TargetKind = z.enum(TARGET_KINDS).openapi("TargetKind");
