/**
 * What refresh remembers of the cells it wrote: a short hash per cell (FNV-1a, 32 bits, 7 base-36
 * characters), so that it can tell a cell it wrote from one a user edited, and name that cell,
 * without keeping a second copy of the table in the workbook's settings.
 */
export function cellPrint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, "0");
}

export const rowPrint = (cells: readonly unknown[]): string => cells.map((cell) => cellPrint(String(cell))).join("");

/** The column (0-based) of the first cell whose print differs; -1 when the row is as written. */
export function firstChanged(cells: readonly unknown[], print: string): number {
  return cells.findIndex((cell, c) => cellPrint(String(cell)) !== print.slice(c * 7, c * 7 + 7));
}
