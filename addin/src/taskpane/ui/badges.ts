import { caveats } from "../caveats";
import type { Finding } from "../types";
import { el } from "./dom";

/** A finding's caveats as small labelled badges; the reason is in the text, not only in a tooltip. */
export function badges(finding: Finding, withReasons: boolean): HTMLElement | undefined {
  const found = caveats(finding);
  if (found.length === 0) return undefined;
  return el(
    "ul",
    { class: "badges", "aria-label": "Caveats" },
    ...found.map((caveat) =>
      el(
        "li",
        { class: "badge", title: caveat.why },
        caveat.label,
        withReasons && caveat.label !== "curator's note" ? el("span", { class: "visually-hidden" }, `: ${caveat.why}`) : undefined,
      ),
    ),
  );
}
