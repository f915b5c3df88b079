import { type FindingColumn, findingCell } from "../columns";
import type { Finding } from "../types";
import { el } from "./dom";

export interface Preview {
  element: HTMLElement;
  show(findings: readonly Finding[], total: number, columns: readonly FindingColumn[]): void;
}

/**
 * The first matching findings with the chosen columns. Each row's id is a button: choosing it
 * (click, Enter or Space) shows the finding's detail.
 */
export function preview(onPick: (finding: Finding) => void): Preview {
  const caption = el("caption");
  const head = el("thead");
  const body = el("tbody");
  const table = el("table", { class: "preview" }, caption, head, body);
  return {
    element: el("div", { class: "preview-scroll" }, table),
    show(findings, total, columns) {
      caption.textContent = findings.length === 0 ? "No rows to preview." : `The first ${findings.length} of ${total}; choose an id for its detail.`;
      head.replaceChildren(el("tr", {}, ...columns.map((column) => el("th", { scope: "col" }, column))));
      body.replaceChildren(
        ...findings.map((finding) => {
          const row = el("tr");
          for (const column of columns) {
            const text = findingCell(finding, column);
            if (column !== "id") {
              row.append(el("td", { title: text }, text));
              continue;
            }
            const pick = el("button", { type: "button", class: "link", "aria-pressed": "false" }, text);
            pick.addEventListener("click", () => {
              for (const other of body.querySelectorAll("button[aria-pressed]")) other.setAttribute("aria-pressed", String(other === pick));
              onPick(finding);
            });
            row.append(el("th", { scope: "row" }, pick));
          }
          return row;
        }),
      );
    },
  };
}
