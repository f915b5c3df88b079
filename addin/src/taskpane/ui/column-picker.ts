import { FINDING_COLUMNS } from "../../../../worker/src/contract";
import { defaultColumns, type FindingColumn, orderedColumns } from "../columns";
import { el } from "./dom";
import { checkbox, type FluentControl } from "./fluent";

export interface ColumnPicker {
  element: HTMLElement;
  selected(): FindingColumn[];
  set(columns: readonly FindingColumn[]): void;
}

/** Which columns a table gets; the defaults hold the claim, its mechanism, citations and quote. */
export function columnPicker(onChange: () => void): ColumnPicker {
  const summary = el("summary");
  const boxes: FluentControl[] = [];
  const picker: ColumnPicker = {
    element: el("details", { class: "columns" }, summary),
    selected: () => orderedColumns(boxes.filter((b) => b.checked).map((b) => b.value)),
    set(columns) {
      for (const b of boxes) b.checked = columns.some((column) => column === b.value);
      summary.textContent = `Columns (${columns.length} of ${FINDING_COLUMNS.length})`;
    },
  };
  const changed = () => {
    summary.textContent = `Columns (${picker.selected().length} of ${FINDING_COLUMNS.length})`;
    onChange();
  };
  for (const column of FINDING_COLUMNS) boxes.push(checkbox(column, column, defaultColumns.includes(column), changed));
  picker.element.append(el("div", { class: "column-list", role: "group", "aria-label": "Columns of the table" }, ...boxes));
  summary.textContent = `Columns (${defaultColumns.length} of ${FINDING_COLUMNS.length})`;
  return picker;
}
