import type { Verdict } from "../../../worker/src/contract";

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
