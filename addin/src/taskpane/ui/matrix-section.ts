import { BASES, BASIS_LABELS, VERDICT_COLOURS, VERDICT_LABELS, VERDICTS } from "../../../../worker/src/contract";
import type { SavedQuery } from "../excel/saved";
import { EXCEPTIONS_MEANING, verdictMeaning } from "../verdicts";
import { el } from "./dom";
import { button, type FluentControl, section, select } from "./fluent";

/** The verdict matrix: which basis, what every verdict means (the same words as the legend in the sheet), and Insert. */
export function matrixSection(onInsert: (saved: SavedQuery) => void): { element: HTMLElement; button: FluentControl } {
  const basis = select(
    "Verdicts",
    BASES.map((b): [string, string] => [b, BASIS_LABELS[b]]),
    () => {},
  );
  const insert = button("Insert matrix", () => onInsert({ kind: "matrix", basis: basis.control.value || BASES[0] }));
  insert.setAttribute("aria-label", "Insert matrix at the selected cell");
  const legend = el(
    "dl",
    { class: "legend" },
    ...VERDICTS.flatMap((v) => [
      el("dt", {}, el("span", { class: "swatch", style: `background:${VERDICT_COLOURS[v]}` }), VERDICT_LABELS[v]),
      el("dd", {}, verdictMeaning[v]),
    ]),
    el("dt", {}, "exceptions"),
    el("dd", {}, EXCEPTIONS_MEANING),
  );
  return {
    element: section(
      "Verdict matrix",
      el(
        "p",
        { class: "hint" },
        "Every source × process verdict, coloured by verdict. The legend below is also written into the sheet, one column to the right of the matrix.",
      ),
      legend,
      basis.field,
      el("div", { class: "row" }, insert),
    ),
    button: insert,
  };
}
