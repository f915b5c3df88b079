import type { DatasetInfo, Finding } from "../types";
import { badges } from "./badges";
import { copyText } from "./copy";
import { el } from "./dom";
import { button } from "./fluent";

export interface Detail {
  element: HTMLElement;
  show(finding: Finding | undefined): void;
  readonly open: boolean;
}

const listed = (items: readonly string[]) => (items.length > 0 ? items.join("; ") : "none given");

/** Only web addresses become links: a link from data must never run script when clicked. */
const link = (href: string, text: string) =>
  /^https?:\/\//.test(href) ? el("a", { href, target: "_blank", rel: "noopener noreferrer" }, text) : undefined;

/** The quote as a scientist pastes it into a manuscript or a lab notebook: the words, who said them, and where. */
export function quoteWithCitation(finding: Finding, info: DatasetInfo): string {
  const cited = finding.citations.length > 0 ? ` (${finding.citations.join("; ")})` : "";
  return `“${finding.quote}”${cited}. Quoted in: ${info.source.title}, doi:${info.source.doi}, section ${finding.section} (exo-bone finding ${finding.id}, dataset ${info.version}).`;
}

/**
 * One finding in full: its caveats, the review's words, where they stand, who it cites, and links
 * out. `onClose` runs when the reader closes it (button or Escape), to put the focus back.
 */
export function detail(
  info: DatasetInfo,
  dois: () => ReadonlyMap<string, string>,
  onClose: () => void,
  say: (status: string) => void,
): Detail {
  const element = el("section", { class: "detail", "aria-label": "Finding detail", hidden: true });
  let open = false;
  return {
    element,
    get open() {
      return open;
    },
    show(finding) {
      open = finding !== undefined;
      element.hidden = !open;
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
      const heading = el(
        "h3",
        { tabindex: "-1" },
        `${finding.id}: ${finding.source} ${finding.direction.replace("_", " ")} ${finding.process}`,
      );
      const copy = button(
        "Copy quote with citation",
        () =>
          void copyText(quoteWithCitation(finding, info)).then((copied) =>
            say(copied ? "Quote copied with its citation." : "Copying is blocked here: select the quote and press Ctrl+C."),
          ),
      );
      const close = button("Close", onClose);
      element.replaceChildren(
        el("div", { class: "row detail-head" }, heading, close),
        badges(finding, true) ?? "",
        el(
          "dl",
          {},
          ...fields.flatMap(([term, text]) => [el("dt", {}, term), el("dd", { class: term === "Quote" ? "quote" : undefined }, text)]),
        ),
        el(
          "ul",
          { class: "links", "aria-label": "Links" },
          ...[
            link(finding.quote_url, "The quoted passage in the review"),
            link(`https://doi.org/${info.source.doi}`, `The review (doi:${info.source.doi})`),
            ...finding.citations.map((key) => {
              const doi = dois().get(key);
              return doi ? link(`https://doi.org/${doi}`, `${key} (doi:${doi})`) : undefined;
            }),
          ].flatMap((a) => (a ? [el("li", {}, a)] : [])),
        ),
        el("div", { class: "row" }, copy),
      );
      heading.focus();
    },
  };
}
