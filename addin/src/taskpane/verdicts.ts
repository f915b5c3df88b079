import type { Verdict } from "../../../worker/src/contract";

/**
 * Fills from the Okabe–Ito palette, which stays distinguishable under the common colour-vision
 * deficiencies; light enough for black text. The verdict is also written in the cell, so the colour
 * never carries the meaning alone.
 */
export const verdictFill: Record<Verdict, string> = {
  promotes: "#56B4E9",
  inhibits: "#E69F00",
  mixed: "#CC79A7",
  not_studied: "#BBBBBB",
  no_data: "#FFFFFF",
};

/** What each verdict says, for the matrix legend and the pane: *not studied* and *no data* are different claims. */
export const verdictMeaning: Record<Verdict, string> = {
  promotes: "The review says this source's exosomes promote the process.",
  inhibits: "The review says this source's exosomes inhibit the process (for cartilage: harm it).",
  mixed: "The review disagrees with itself about the unqualified source: its figures, summaries and text say different things.",
  not_studied: "The review says explicitly that no study has looked at this pair.",
  no_data: "The review says nothing about this pair: absence of a statement, not a negative finding.",
};

/** What the matrix's exceptions column holds, in the legend's words. */
export const EXCEPTIONS_MEANING =
  "Findings that go the other way only through a variant of the source (aged, senescent, mature, …): the verdict stands for the unqualified source, and these are its exceptions.";
