// The dataset's closed vocabularies as plain values: the worker's zod enums are built from these,
// and the add-in reads them without pulling zod into its bundle.

/** The three processes of bone homeostasis the review is organised by. */
export const PROCESSES = ["formation", "resorption", "cartilage"] as const;
export type Process = (typeof PROCESSES)[number];

export const PROCESS_LABELS: Record<Process, string> = {
  formation: "bone formation",
  resorption: "bone resorption",
  cartilage: "cartilage metabolism",
};

/** Every spelling a user may type for a process; the code itself always works too. */
export const PROCESS_ALIASES: Record<Process, readonly string[]> = {
  formation: ["bone formation", "osteogenesis", "osteogenic", "osteoblastogenesis", "bone growth"],
  resorption: ["bone resorption", "osteoclastogenesis", "osteoclastic", "bone loss"],
  cartilage: ["cartilage metabolism", "chondrocyte", "chondrocytes", "chondrogenesis", "cartilage homeostasis"],
};

/**
 * For cartilage, "promotes" means protective/anabolic and "inhibits" catabolic/destructive,
 * so that one vocabulary reads the same way for all three processes.
 */
export const DIRECTIONS = ["promotes", "inhibits", "no_effect"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_LABELS: Record<Direction, string> = {
  promotes: "promotes",
  inhibits: "inhibits",
  no_effect: "no effect",
};

/** not_studied: the review says no study exists; no_data: it says nothing. */
export const VERDICTS = ["promotes", "inhibits", "mixed", "not_studied", "no_data"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How a verdict reads in a cell or on screen: words, not identifiers. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  promotes: "promotes",
  inhibits: "inhibits",
  mixed: "mixed",
  not_studied: "not studied",
  no_data: "no data",
};

/**
 * Each verdict's colour in the task pane, the home page and the sheets the pane writes: the
 * Okabe–Ito palette, which stays distinguishable under the common colour-vision deficiencies and
 * is light enough for black text. The verdict is always written too, so colour never carries the
 * meaning alone.
 */
export const VERDICT_COLOURS: Record<Verdict, string> = {
  promotes: "#56B4E9",
  inhibits: "#E69F00",
  mixed: "#CC79A7",
  not_studied: "#BBBBBB",
  no_data: "#FFFFFF",
};

/** review: the review's own verdict (figures and summaries); evidence: derived from the findings alone. */
export const BASES = ["review", "evidence"] as const;
export type Basis = (typeof BASES)[number];

export const BASIS_LABELS: Record<Basis, string> = {
  review: "the review's own (Figures 1–3)",
  evidence: "derived from the findings",
};

/** Where in the review a verdict comes from (verdicts.tsv `basis`). */
export const VERDICT_BASES = ["figure-1", "figure-2", "figure-3", "section summary", "section text"] as const;
export type VerdictBasis = (typeof VERDICT_BASES)[number];

export const MOLECULE_TYPES = ["miRNA", "lncRNA", "circRNA", "protein", "other"] as const;
export type MoleculeType = (typeof MOLECULE_TYPES)[number];

export const VESICLES = ["exosome", "EV", "vesicle", "apoptotic body"] as const;

export const MODELS = ["in vitro", "in vivo", "both", "unspecified"] as const;

export const SOURCE_GROUPS = ["skeletal microenvironment", "extra-osseous stem cell", "vascular", "muscle", "neural"] as const;

/** The variant of the source cell the vesicles came from; "" when the review names none. */
export const SOURCE_STATES = [
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
] as const;

/** Whether the review's sentence states the direction, or the curators read it from the context. */
export const DIRECTION_BASES = ["stated", "implied"] as const;
export type DirectionBasis = (typeof DIRECTION_BASES)[number];

/** yes: cited at the claim's sentence; shared: citations after a later sentence or at the paragraph's end; no: none. */
export const CITATIONS_GIVEN = ["yes", "shared", "no"] as const;
export type CitationGiven = (typeof CITATIONS_GIVEN)[number];

/** What the review says about the cargo's level in the vesicles; "" when the finding names no cargo. */
export const CARGO_CHANGES = ["", "enriched", "depleted", "altered", "unspecified"] as const;
export type CargoChange = (typeof CARGO_CHANGES)[number];

/**
 * Evidence & Conclusion Ontology terms (ids and labels checked against ECO's eco.obo and its GO
 * mapping): what kind of statement a finding rests on — a traceable author statement (TAS), a
 * non-traceable one (NAS), or a curator inference (IC).
 */
export const EVIDENCE_CODES = ["ECO:0000304", "ECO:0000303", "ECO:0000305"] as const;
export type EvidenceCode = (typeof EVIDENCE_CODES)[number];

export const EVIDENCE_CODE_LABELS: Record<EvidenceCode, string> = {
  "ECO:0000304": "author statement supported by traceable reference used in manual assertion",
  "ECO:0000303": "author statement without traceable support used in manual assertion",
  "ECO:0000305": "curator inference used in manual assertion",
};

/** The species a molecule's name refers to, as the review states it or its model implies. */
export const SPECIES = ["human", "mouse", "rat", "unspecified"] as const;
export type Species = (typeof SPECIES)[number];

/** What a target is (targets.tsv `kind`). */
export const TARGET_KINDS = ["gene/protein", "miRNA", "pathway or axis", "biological process", "complex", "family"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * The Gene Ontology biological process each process maps to (ids and labels read from GO's own
 * files). GO has no "cartilage metabolism"; cartilage development is the nearest broad term.
 */
export const PROCESS_GO: Record<Process, { id: string; label: string }> = {
  formation: { id: "GO:0001503", label: "ossification" },
  resorption: { id: "GO:0045453", label: "bone resorption" },
  cartilage: { id: "GO:0051216", label: "cartilage development" },
};
