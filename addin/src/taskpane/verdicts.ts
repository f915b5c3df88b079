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
