import { LIST_SEPARATOR } from "../../../worker/src/contract";

/** The most characters Excel keeps in one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Text as a cell can hold it: cut to Excel's limit, with an ellipsis saying so. */
export function fitToCell(text: string): string {
  return text.length <= MAX_CELL_TEXT ? text : `${text.slice(0, MAX_CELL_TEXT - 1)}…`;
}

/** A list in one cell, in the order the review gives it, joined as everywhere else (the contract's LIST_SEPARATOR). */
export const listText = (items: readonly string[]): string => fitToCell(items.join(LIST_SEPARATOR));

/** A list spilled down one column. */
export const column = (items: readonly string[]): string[][] => items.map((item) => [fitToCell(item)]);

/** A header row, then one row per record, every cell within Excel's limit. */
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): string[][] => [
  [...header],
  ...rows.map((row) => row.map(fitToCell)),
];

/** A user's argument quoted in a message, short enough to read in a tooltip. */
export const quoted = (arg: unknown): string => {
  const text = String(arg ?? "").trim();
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
};
