import type { TableContent } from "./content";

/** About sixty characters of Excel's default font: a quote wraps onto a few lines instead of one very wide column. */
const PROSE_WIDTH_POINTS = 320;

/** Writes a table's header and rows into a range of exactly their size, as text. */
export function writeContent(range: Excel.Range, content: TableContent): void {
  const cells = [content.header, ...content.rows];
  // Text format before the values: "2.1" stays a section number and a value that starts with "=" stays text, never a formula.
  range.numberFormat = cells.map((row) => row.map(() => "@"));
  range.values = cells;
  content.fills?.forEach((row, r) => {
    row.forEach((color, c) => {
      if (color) range.getCell(r + 1, c).format.fill.color = color;
    });
  });
  range.format.autofitColumns();
  for (const c of content.prose ?? []) {
    const column = range.getColumn(c).format;
    column.columnWidth = PROSE_WIDTH_POINTS;
    column.wrapText = true;
  }
  range.format.autofitRows();
}

/** The provenance line above a table: one text cell (never a formula), left to overflow to the right. */
export function writeCaption(cell: Excel.Range, caption: string): void {
  cell.numberFormat = [["@"]];
  cell.values = [[caption]];
  cell.format.font.italic = true;
}
