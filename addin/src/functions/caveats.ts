import type { Finding } from "../../../worker/src/contract";

/** What the citation_given column means for a reader (data/README.md). */
const citationCaveats: Record<Finding["citation_given"], string> = {
  yes: "",
  shared: "The review's citations follow a later sentence or end the paragraph, so they may not all support this claim.",
  no: "The review cites no study for this claim.",
};

/**
 * What a reader should weigh before relying on a finding, read off its own fields (never guessed):
 * the card shows these beside the curator's note.
 */
export function caveats(finding: Finding): string[] {
  return [
    finding.direction_basis === "implied" ? "The direction is the curators' reading of the context; the review does not state it." : "",
    citationCaveats[finding.citation_given],
    finding.model === "unspecified" ? "The review does not say whether this was shown in vitro or in vivo." : "",
    finding.source_state ? `Holds for ${finding.source_state} ${finding.source} only, not for ${finding.source} in general.` : "",
    finding.vesicle !== "exosome" ? `The review's word here is "${finding.vesicle}", not exosome.` : "",
  ].filter((caveat) => caveat !== "");
}
