import type { Verdict } from "./types";

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

/** How a verdict reads in a cell: words, not identifiers (as the custom functions spell them). */
export const verdictLabel: Record<Verdict, string> = {
  promotes: "promotes",
  inhibits: "inhibits",
  mixed: "mixed",
  not_studied: "not studied",
  no_data: "no data",
};

export const verdicts = Object.keys(verdictFill) as Verdict[];
