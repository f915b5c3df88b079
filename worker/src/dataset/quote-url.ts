/** The review's full text on the publisher's site (Frontiers in Pharmacology, open access). */
export const reviewFullText = "https://www.frontiersin.org/journals/pharmacology/articles/10.3389/fphar.2024.1516125/full";

/** Words kept at each end of a long quote: enough to be unique, short enough to survive reflowed text. */
const edgeWords = 5;

/** Percent-encodes a text directive term; the spec reserves `-`, `,` and `&` as syntax. */
const term = (words: string[]): string =>
  encodeURIComponent(words.join(" ")).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");

/**
 * A link that opens the review and highlights the quote (URL Fragment Text Directives:
 * `#:~:text=textStart,textEnd`). A short quote is the whole textStart; a long one is matched by
 * its first and last words, so small differences in the middle (links, line breaks) do not break it.
 */
export function quoteUrl(quote: string): string {
  const words = quote.trim().split(/\s+/);
  const directive = words.length <= edgeWords * 2 ? term(words) : `${term(words.slice(0, edgeWords))},${term(words.slice(-edgeWords))}`;
  return `${reviewFullText}#:~:text=${directive}`;
}
