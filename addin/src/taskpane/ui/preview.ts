import type { Finding } from "../types";
import { badges } from "./badges";
import { el } from "./dom";
import { button, select } from "./fluent";

export interface Preview {
  element: HTMLElement;
  /** Shows the rows loaded so far of `total`; `more` loads the next page (absent when all are shown). */
  show(findings: readonly Finding[], total: number): void;
  /** Empties the preview, as after a failed count. */
  clear(text: string): void;
  /** Marks the card whose detail is open (none with undefined) and gives back its button. */
  mark(id: string | undefined): HTMLElement | undefined;
}

const SNIPPET = 140;
const snippet = (quote: string) => (quote.length <= SNIPPET ? quote : `${quote.slice(0, SNIPPET).replace(/\s+\S*$/, "")}…`);
const listed = (items: readonly string[]) => (items.length > 0 ? items.join(", ") : "none named");

type Order = "review" | "source" | "direction" | "citations";
const orders: [Order, string][] = [
  ["review", "the review's order"],
  ["source", "source, then process"],
  ["direction", "direction"],
  ["citations", "most citations first"],
];
const compare: Record<Order, (a: Finding, b: Finding) => number> = {
  review: () => 0,
  source: (a, b) => a.source.localeCompare(b.source) || a.process.localeCompare(b.process),
  direction: (a, b) => a.direction.localeCompare(b.direction),
  citations: (a, b) => b.citations.length - a.citations.length,
};

/**
 * The matching findings as cards, made for a narrow pane: what the filters did not already fix —
 * cargo → targets, a quote snippet, the caveats — each under a button that opens the full detail.
 */
export function preview(onPick: (finding: Finding) => void, onMore: () => void): Preview {
  let rows: readonly Finding[] = [];
  let total = 0;
  const caption = el("p", { class: "hint", id: "preview-caption" });
  const list = el("ol", { class: "cards", "aria-labelledby": "preview-caption" });
  const sort = select("Sort the preview by", orders, () => render());
  const more = button("Show more", onMore);
  more.hidden = true;
  const scroll = el("div", { class: "preview-scroll", tabindex: "0", role: "region", "aria-label": "Matching findings, scrollable" }, list);

  function card(finding: Finding): HTMLElement {
    const pick = el("button", { type: "button", class: "link", "aria-expanded": "false", "data-id": finding.id }, finding.id);
    pick.addEventListener("click", () => onPick(finding));
    return el(
      "li",
      { class: "card" },
      el(
        "div",
        { class: "card-head" },
        pick,
        el("span", {}, `${finding.source} ${finding.direction.replace("_", " ")} ${finding.process}`),
      ),
      el("p", { class: "mechanism" }, `${listed(finding.cargo)} → ${listed(finding.targets)}`),
      el("p", { class: "snippet" }, `“${snippet(finding.quote)}”`),
      badges(finding, false),
    );
  }

  function render() {
    const order = orders.find(([value]) => value === sort.control.value)?.[0] ?? "review";
    const sorted = order === "review" ? rows : [...rows].sort(compare[order]);
    caption.textContent =
      rows.length === 0 ? "No rows to preview." : `Showing ${rows.length} of ${total}; choose an id for the finding's detail.`;
    list.replaceChildren(...sorted.map(card));
    more.hidden = rows.length >= total;
  }

  return {
    element: el(
      "div",
      { class: "preview" },
      el("div", { class: "row preview-tools" }, sort.field),
      caption,
      scroll,
      el("div", { class: "row" }, more),
    ),
    show(findings, all) {
      rows = findings;
      total = all;
      render();
    },
    clear(text) {
      rows = [];
      total = 0;
      render();
      caption.textContent = text;
    },
    mark(id) {
      let marked: HTMLElement | undefined;
      for (const b of list.querySelectorAll<HTMLElement>("button[data-id]")) {
        const on = b.dataset.id === id;
        b.setAttribute("aria-expanded", String(on));
        if (on) marked = b;
      }
      return marked;
    },
  };
}
