/**
 * Checks the dataset's evidence against the review's full text: every `quote` is verbatim in the
 * review (runs of whitespace compare as one space, nothing else is normalised), and every
 * citation key is written in the review exactly as references.tsv writes it.
 */

/** Whitespace runs as one space, ends trimmed: how a quote is compared with the review's text. */
export const squash = (text: string): string => text.replace(/\s+/g, " ").trim();

/** One TSV file as text, under the name that problems report. */
export interface DataText {
  file: string;
  content: string;
}

/** The column's cells with their line numbers (1 = the header); none when the file has no such column. */
function column(content: string, name: string): { line: number; cell: string }[] {
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  const index = (lines[0] ?? "").split("\t").indexOf(name);
  if (index < 0) return [];
  return lines.flatMap((text, i) => (i === 0 || text.trim() === "" ? [] : [{ line: i + 1, cell: text.split("\t")[index] ?? "" }]));
}

const excerpt = (text: string): string => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

/** `file:line: column: problem` for every quote that is not verbatim in the review; counts what it checked. */
export function checkQuotes(files: DataText[], review: string): { checked: number; problems: string[] } {
  const text = squash(review);
  const problems: string[] = [];
  let checked = 0;
  for (const { file, content } of files) {
    for (const { line, cell } of column(content, "quote")) {
      checked++;
      if (!text.includes(squash(cell))) problems.push(`${file}:${line}: quote: not verbatim in the review: "${excerpt(cell)}"; copy the sentence from the review exactly`);
    }
  }
  return { checked, problems };
}

/** `references.tsv:line: key: problem` for every key the review does not write that way. */
export function checkReferenceKeys(references: DataText, review: string): string[] {
  const text = squash(review);
  return column(references.content, "key")
    .filter(({ cell }) => !text.includes(cell))
    .map(({ line, cell }) => `${references.file}:${line}: key: "${cell}" is not written this way in the review; use the review's spelling of the citation`);
}
