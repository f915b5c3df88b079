import { z } from "@hono/zod-openapi";

/** The three processes of bone homeostasis the review is organised by. */
export const Process = z
  .enum(["formation", "resorption", "cartilage"])
  .openapi("Process", { description: "formation = bone formation (osteogenesis); resorption = bone resorption (osteoclastogenesis); cartilage = cartilage metabolism" });
export type Process = z.infer<typeof Process>;

/** Every spelling a user may type for a process; the code itself always works too. */
export const processAliases: Record<Process, readonly string[]> = {
  formation: ["bone formation", "osteogenesis", "osteogenic", "osteoblastogenesis", "bone growth"],
  resorption: ["bone resorption", "osteoclastogenesis", "osteoclastic", "bone loss"],
  cartilage: ["cartilage metabolism", "chondrocyte", "chondrocytes", "chondrogenesis", "cartilage homeostasis"],
};

export const processNames: Record<Process, string> = {
  formation: "bone formation",
  resorption: "bone resorption",
  cartilage: "cartilage metabolism",
};

/**
 * For cartilage, "promotes" means protective/anabolic and "inhibits" catabolic/destructive,
 * so that one vocabulary reads the same way for all three processes.
 */
export const Direction = z.enum(["promotes", "inhibits", "no_effect"]).openapi("Direction");
export type Direction = z.infer<typeof Direction>;

export const Verdict = z
  .enum(["promotes", "inhibits", "mixed", "not_studied", "no_data"])
  .openapi("Verdict", { description: "The review's verdict on one source × process. not_studied: the review says no study exists; no_data: it says nothing." });
export type Verdict = z.infer<typeof Verdict>;

export const VerdictBasis = z.enum(["figure-1", "figure-2", "figure-3", "section summary", "section text"]);

export const Vesicle = z.enum(["exosome", "EV", "vesicle", "apoptotic body"]);

export const Model = z.enum(["in vitro", "in vivo", "both", "unspecified"]);

export const SourceGroup = z.enum([
  "skeletal microenvironment",
  "extra-osseous stem cell",
  "vascular",
  "muscle",
  "neural",
]);

export const MoleculeType = z.enum(["miRNA", "lncRNA", "circRNA", "protein", "other"]).openapi("MoleculeType");
export type MoleculeType = z.infer<typeof MoleculeType>;

/** The variant of the source cell the vesicles came from; "" when the review names none. */
export const SourceState = z.enum([
  "",
  "aged",
  "senescent",
  "young",
  "mature",
  "precursor",
  "mineralizing",
  "mechanically stimulated",
  "abnormally loaded",
  "ultrasound stimulated",
  "OA",
  "engineered",
  "preconditioned",
  "osteogenic",
]);

/** Whether the review's sentence states the direction, or the curators read it from the context. */
export const DirectionBasis = z
  .enum(["stated", "implied"])
  .openapi("DirectionBasis", { description: "stated: the sentence says which way; implied: the curators read the direction from its context (the note says how)" });

/** Whether the review cites works for the claim at its own sentence. */
export const CitationGiven = z.enum(["yes", "shared", "no"]).openapi("CitationGiven", {
  description:
    "yes: the claim's sentence carries its citations; shared: the citations stand after a later sentence or at the paragraph's end and are kept on every claim they may cover; no: the review cites nothing for it",
});

/** What the review says about the cargo's level in the vesicles; empty when no cargo is named. */
export const CargoChange = z.enum(["", "enriched", "depleted", "altered", "unspecified"]).openapi("CargoChange", {
  description:
    "enriched: more in these vesicles (enriched, highly expressed, overexpressed, abundant, elevated); depleted: less (reduced levels); altered: changed, direction not said; unspecified: named without a level; empty: no cargo",
});

/**
 * Evidence & Conclusion Ontology terms (verified in ECO's eco.obo and its GO mapping): what kind
 * of statement a finding rests on. The rule that picks one is in evidence.ts.
 */
export const evidenceCodes = {
  "ECO:0000304": "author statement supported by traceable reference used in manual assertion",
  "ECO:0000303": "author statement without traceable support used in manual assertion",
  "ECO:0000305": "curator inference used in manual assertion",
} as const;
export const EvidenceCode = z.enum(["ECO:0000304", "ECO:0000303", "ECO:0000305"]).openapi("EvidenceCode", {
  description: Object.entries(evidenceCodes)
    .map(([id, label]) => `${id}: ${label}`)
    .join("; "),
});
export type EvidenceCode = z.infer<typeof EvidenceCode>;
