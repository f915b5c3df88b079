/** Excel compares table and sheet names without regard to case. */
function firstFree(candidates: (n: number) => string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = candidates(n);
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * A table name that says what the table holds ("EXO_OC_cartilage"), unique in the workbook.
 * Excel allows letters, digits and underscores here; the prefix keeps it from reading as a cell reference.
 */
export function tableName(words: readonly string[], taken: Iterable<string>): string {
  const base = ["EXO", ...words]
    .join("_")
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/_$/, "")
    .slice(0, 60);
  return firstFree((n) => (n === 1 ? base : `${base}_${n}`), taken);
}

/** A new sheet's name, unique in the workbook; Excel allows at most 31 characters. */
export function sheetName(base: string, taken: Iterable<string>): string {
  return firstFree((n) => {
    const suffix = n === 1 ? "" : ` (${n})`;
    return base.slice(0, 31 - suffix.length) + suffix;
  }, taken);
}
