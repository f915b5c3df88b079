import { expect } from "vitest";
import app from "../../../worker/src/app";
import { parseAddress, type Workbook } from "../../e2e/host/workbook";

/** JSON from the Worker's own app, as the truth the pane's tables are checked against. */
export async function api<T>(path: string): Promise<T> {
  const response = await app.fetch(new Request(`http://exo-bone.test${path}`));
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** Everything a user could see in the workbook, to prove that nothing changed. */
export const snapshot = (book: Workbook): string =>
  JSON.stringify({
    sheets: book.sheets.map((s) => [s.name, [...s.cells], [...s.columnWidths]]),
    tables: book.tables.map((t) => [t.id, t.name, t.sheet.name, t.box, t.style, t.showTotals]),
    settings: [...book.settings],
  });

/** Cell values of a block, "" for empty cells. */
export const read = (book: Workbook, address: string) => {
  const { sheet, box } = parseAddress(address);
  return book.sheet(sheet ?? book.active.name).values(box);
};
