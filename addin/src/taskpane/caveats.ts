import type { Finding } from "./types";

/** A qualification of a finding, shown as a badge: a short label and the reason in words. */
export interface Caveat {
  label: string;
  why: string;
}

/** What a reader should know before repeating a finding, read from the evidence columns and the note, never inferred from prose. */
export function caveats(finding: Finding): Caveat[] {
  const found: Caveat[] = [];
  if (finding.direction_basis === "implied")
    found.push({ label: "direction implied", why: "The review implies the direction rather than stating it." });
  // citation_given: yes (at the claim's sentence), shared (after a later sentence or at the paragraph's end), no.
  if (finding.citation_given === "no") found.push({ label: "no citation", why: "The review gives no citation for this statement." });
  if (finding.citation_given === "shared")
    found.push({
      label: "citation shared",
      why: "The citations come after a later sentence or at the paragraph's end; the review does not say which one supports this claim.",
    });
  const cargo = finding.cargo_change;
  if (cargo === "depleted" || cargo === "altered")
    found.push({ label: `cargo ${cargo}`, why: `The review says the cargo is ${cargo} in these vesicles, not simply carried.` });
  if (cargo === "unspecified")
    found.push({
      label: "cargo level unspecified",
      why: "The review does not say whether the cargo is enriched or depleted in these vesicles.",
    });
  if (finding.note) found.push({ label: "curator's note", why: finding.note });
  return found;
}
