import type { Finding } from "../types";
import { el } from "./dom";

export interface Detail {
  element: HTMLElement;
  show(finding: Finding | undefined): void;
}

const listed = (items: readonly string[]) => (items.length > 0 ? items.join("; ") : "none given");

/** One finding in full: the review's words, where they stand, and who it cites. */
export function detail(): Detail {
  const element = el("div", { class: "detail", "aria-live": "polite" });
  return {
    element,
    show(finding) {
      if (!finding) {
        element.replaceChildren();
        return;
      }
      const fields: [string, string][] = [
        ["Quote", finding.quote],
        ["Citations", listed(finding.citations)],
        ["Section", finding.section],
        ["Cargo", listed(finding.cargo)],
        ["Targets", listed(finding.targets)],
        ["Recipient cells", listed(finding.recipient)],
        ["Context", finding.context || "none given"],
        ["Model", finding.model],
        ["Note", finding.note || "none"],
      ];
      element.replaceChildren(
        el("h3", {}, `${finding.id}: ${finding.source} ${finding.direction.replace("_", " ")} ${finding.process}`),
        el("dl", {}, ...fields.flatMap(([term, text]) => [el("dt", {}, term), el("dd", { class: term === "Quote" ? "quote" : undefined }, text)])),
      );
    },
  };
}
