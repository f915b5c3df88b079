import type { Source } from "../types";
import { el, uniqueId } from "./dom";
import { button, checkbox, type FluentControl, textField } from "./fluent";

export interface SourcePicker {
  element: HTMLElement;
  /** Ticked source codes, in the review's order; none means every source. */
  selected(): string[];
  /** Ticks exactly these codes (none: every source counts), without announcing a change. */
  set(codes: readonly string[]): void;
}

/** Every spelling a filter may match: code, full name and the review's aliases. */
const searchText = (source: Source) => [source.code, source.name, ...source.aliases].join(" ").toLowerCase();

/**
 * The sources as the review groups them (skeletal microenvironment, extra-osseous stem cells, …),
 * each a checkbox showing code and full name, with a filter box above.
 */
export function sourcePicker(sources: readonly Source[], onChange: () => void): SourcePicker {
  const boxes = new Map<string, { box: FluentControl; source: Source }>();
  const summary = el("p", { class: "hint", "aria-live": "polite" });
  const summarise = () => {
    const codes = picker.selected();
    summary.textContent = codes.length === 0 ? "No source ticked: every source counts." : `${codes.length} ticked: ${codes.join(", ")}.`;
  };
  const changed = () => {
    summarise();
    onChange();
  };

  const groups = [...new Set(sources.map((s) => s.group))].map((group) => {
    const id = uniqueId("group");
    const members = sources.filter((s) => s.group === group);
    const list = el(
      "div",
      { class: "source-list", role: "group", "aria-labelledby": id },
      ...members.map((source) => {
        const box = checkbox(`${source.code} — ${source.name}`, source.code, false, changed);
        boxes.set(source.code, { box, source });
        return box;
      }),
    );
    return el("div", { class: "source-group" }, el("h3", { id }, group), list);
  });

  const applyFilter = () => {
    const needle = filter.value.trim().toLowerCase();
    for (const { box, source } of boxes.values()) box.hidden = needle !== "" && !searchText(source).includes(needle);
    for (const group of groups) group.hidden = [...group.querySelectorAll<HTMLElement>("fluent-checkbox")].every((box) => box.hidden);
  };
  const filter = textField("Filter sources", "osteoclast, OC-Exos, BMSC…", applyFilter);
  filter.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || filter.value === "") return;
    event.stopPropagation();
    filter.value = "";
    applyFilter();
  });
  const clear = button("Untick all", () => {
    for (const { box } of boxes.values()) box.checked = false;
    changed();
  });

  const legendId = uniqueId("legend");
  const element = el(
    "div",
    { class: "sources", role: "group", "aria-labelledby": legendId },
    el("div", { class: "field-label", id: legendId }, "Sources (cell types whose exosomes act)"),
    filter,
    el("div", { class: "source-scroll" }, ...groups),
    el("div", { class: "row" }, summary, clear),
  );
  const picker: SourcePicker = {
    element,
    selected: () => sources.filter((s) => boxes.get(s.code)?.box.checked).map((s) => s.code),
    set(codes) {
      for (const [code, { box }] of boxes) box.checked = codes.includes(code);
      filter.value = "";
      for (const { box } of boxes.values()) box.hidden = false;
      for (const group of groups) group.hidden = false;
      summarise();
    },
  };
  summary.textContent = "No source ticked: every source counts.";
  return picker;
}
