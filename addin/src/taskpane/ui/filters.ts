import { DIRECTION_LABELS, DIRECTIONS, MOLECULE_TYPES, PROCESS_LABELS, PROCESSES } from "../../../../worker/src/contract";
import type { FindingsQuery } from "../query";
import { el } from "./dom";
import { select, textField } from "./fluent";

export interface Filters {
  element: HTMLElement;
  read(): Omit<FindingsQuery, "sources">;
  /** Sets every filter (undefined: any), as Edit query and Reset all filters do. */
  set(query: Omit<FindingsQuery, "sources">): void;
}

const any = ["", "any"] as const;

/** Process, direction, molecule type and free text: the rest of the query. */
export function filters(onChange: () => void, onTyping: () => void): Filters {
  const process = select("Process", [any, ...PROCESSES.map((p): [string, string] => [p, PROCESS_LABELS[p]])], onChange);
  const direction = select("Direction", [any, ...DIRECTIONS.map((d): [string, string] => [d, DIRECTION_LABELS[d]])], onChange);
  const type = select("Cargo molecule type", [any, ...MOLECULE_TYPES.map((t): [string, string] => [t, t])], onChange);
  const text = textField("Free text", "a molecule, target, cell line, word of the quote…", onTyping);
  // Escape in the box clears it, as in a search field; the next Escape goes on to the pane.
  text.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || text.value === "") return;
    event.stopPropagation();
    text.value = "";
    onChange();
  });
  return {
    element: el("div", { class: "filters" }, process.field, direction.field, type.field, el("div", { class: "field wide" }, text)),
    read: () => ({
      process: process.control.value || undefined,
      direction: direction.control.value || undefined,
      type: type.control.value || undefined,
      q: text.value.trim() || undefined,
    }),
    set(query) {
      process.control.value = query.process ?? "";
      direction.control.value = query.direction ?? "";
      type.control.value = query.type ?? "";
      text.value = query.q ?? "";
    },
  };
}
