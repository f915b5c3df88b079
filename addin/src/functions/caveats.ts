import type { Finding } from "../../../worker/src/contract";

/**
 * What a reader should weigh before relying on a finding, read off its own fields (never guessed):
 * the card shows these beside the curator's note.
 */
export function caveats(finding: Finding): string[] {
  return [
    finding.citations.length === 0 ? "The review cites no study for this claim." : "",
    finding.model === "unspecified" ? "The review does not say whether this was shown in vitro or in vivo." : "",
    finding.source_state ? `Holds for ${finding.source_state} ${finding.source} only, not for ${finding.source} in general.` : "",
    finding.vesicle !== "exosome" ? `The review's word here is "${finding.vesicle}", not exosome.` : "",
  ].filter((caveat) => caveat !== "");
}
