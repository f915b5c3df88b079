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

/** Each line's cells by column name, with its line number (1 = the header). */
function records(content: string): { line: number; cells: Map<string, string> }[] {
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split("\t");
  return lines.flatMap((text, i) => {
    if (i === 0 || text.trim() === "") return [];
    const values = text.split("\t");
    return [{ line: i + 1, cells: new Map(header.map((name, c) => [name, values[c] ?? ""])) }];
  });
}

/** The column's cells with their line numbers; none when the file has no such column. */
const column = (content: string, name: string): { line: number; cell: string }[] =>
  records(content).flatMap(({ line, cells }) => (cells.has(name) ? [{ line, cell: cells.get(name)! }] : []));

const excerpt = (text: string): string => (text.length > 90 ? `${text.slice(0, 90)}…` : text);

/**
 * The quote at its anchor: `review.slice(quote_start, quote_end)` must be the quote, up to runs of
 * whitespace (offsets count UTF-16 code units over the text file as it is; data/README.md).
 */
function anchorProblem(review: string, quote: string, start: string, end: string): string | undefined {
  const [from, to] = [Number(start), Number(end)];
  const found = squash(review.slice(from, to));
  if (found === squash(quote)) return undefined;
  const at = review.indexOf(quote.split(/\s+/)[0] ?? "");
  return `quote_start/quote_end ${start}–${end} hold "${excerpt(found)}", not the quote; ${at < 0 ? "find the quote in the review" : "recompute both offsets from where the quote starts"}`;
}

/** `file:line: column: problem` for every quote that is not verbatim in the review or not at its offsets; counts what it checked. */
export function checkQuotes(files: DataText[], review: string): { checked: number; problems: string[] } {
  const text = squash(review);
  const problems: string[] = [];
  let checked = 0;
  for (const { file, content } of files) {
    for (const { line, cells } of records(content)) {
      const quote = cells.get("quote");
      if (quote === undefined) continue;
      checked++;
      if (!text.includes(squash(quote))) {
        problems.push(`${file}:${line}: quote: not verbatim in the review: "${excerpt(quote)}"; copy the sentence from the review exactly`);
        continue;
      }
      const start = cells.get("quote_start");
      const end = cells.get("quote_end");
      if (start === undefined || end === undefined) continue;
      const problem = anchorProblem(review, quote, start, end);
      if (problem) problems.push(`${file}:${line}: quote_start: ${problem}`);
    }
  }
  return { checked, problems };
}

/** `references.tsv:line: key: problem` for every key the review does not write that way. */
export function checkReferenceKeys(references: DataText, review: string): string[] {
  const text = squash(review);
  return column(references.content, "key")
    .filter(({ cell }) => !text.includes(cell))
    .map(
      ({ line, cell }) =>
        `${references.file}:${line}: key: "${cell}" is not written this way in the review; use the review's spelling of the citation`,
    );
}
