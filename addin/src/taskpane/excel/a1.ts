/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/**
 * The address of one cell of a range, from the range's address as Excel reports it
 * ("Sheet1!B2:P14", "'Lab data'!C3"): the cell `row` rows and `column` columns from its top left.
 */
export function cellOf(rangeAddress: string, row: number, column: number): string {
  const bang = rangeAddress.lastIndexOf("!");
  const sheet = bang >= 0 ? rangeAddress.slice(0, bang + 1) : "";
  const topLeft = /^\$?([A-Za-z]+)\$?(\d+)/.exec(rangeAddress.slice(bang + 1));
  if (!topLeft) return rangeAddress;
  return `${sheet}${columnLetters(columnIndex(topLeft[1]!) + column)}${Number(topLeft[2]) + row}`;
}

/** The first cell that holds anything, as [row, column] within the range; undefined when all are empty. */
export function firstFilled(valueTypes: readonly (readonly string[])[]): [number, number] | undefined {
  for (let r = 0; r < valueTypes.length; r++) {
    const c = valueTypes[r]!.findIndex((type) => type !== "Empty");
    if (c >= 0) return [r, c];
  }
  return undefined;
}
