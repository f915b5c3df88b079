import type { SavedTable } from "../excel/saved";
import { savedTableText } from "../messages";
import { el } from "./dom";
import { button, type FluentControl } from "./fluent";

export interface TableActions {
  refresh(table: SavedTable): void;
  goTo(table: SavedTable): void;
  edit(table: SavedTable): void;
  stopTracking(table: SavedTable): void;
}

/** The tables the pane manages, each with its own Refresh, Go to, Edit query and Stop tracking. */
export function tableList(
  actions: TableActions,
  buttons: FluentControl[],
): { element: HTMLElement; show(tables: readonly SavedTable[]): void } {
  const element = el("ul", { class: "tables" });
  return {
    element,
    show(tables) {
      buttons.length = 0;
      element.replaceChildren(
        ...(tables.length === 0
          ? [el("li", {}, "None yet: inserted tables appear here.")]
          : tables.map((table) => {
              const own = [
                button("Refresh", () => actions.refresh(table)),
                button("Go to", () => actions.goTo(table)),
                ...(table.query.kind === "findings" ? [button("Edit query", () => actions.edit(table))] : []),
                button("Stop tracking", () => actions.stopTracking(table)),
              ];
              // Each button says which table it acts on, for a screen reader listing the buttons.
              for (const b of own) b.setAttribute("aria-label", `${b.textContent} ${table.name}`);
              buttons.push(...own);
              return el(
                "li",
                { class: "table-item" },
                el("p", { class: "table-name" }, table.name),
                el("p", { class: "hint" }, savedTableText(table)),
                el("div", { class: "row" }, ...own),
              );
            })),
      );
    },
  };
}
