/** Inputs are compared on their first characters only: real names are shorter, junk costs no more. */
const MAX_INPUT = 64;
/** A typo is a few edits away; anything farther is a different word, not worth a suggestion. */
const MAX_DISTANCE = 3;

/** Edit distance (Levenshtein), or `limit + 1` as soon as it must exceed `limit`. */
function distance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const edits = Math.min((previous[j] ?? j) + 1, (current[j - 1] ?? i) + 1, (previous[j - 1] ?? j) + (a[i - 1] === b[j - 1] ? 0 : 1));
      current[j] = edits;
      if (edits < rowMin) rowMin = edits;
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** How many more suggestions the current request may compute (unbounded outside limitSuggestions). */
let suggestionsLeft = Number.POSITIVE_INFINITY;

/**
 * Runs `work` allowing at most `count` did-you-mean searches: a batch of a thousand misspelt calls
 * gets suggestions for its first few errors and plain errors for the rest. Lookups are
 * synchronous, so no other request runs while the budget is set.
 */
export function limitSuggestions<T>(count: number, work: () => T): T {
  const outer = suggestionsLeft;
  suggestionsLeft = count;
  try {
    return work();
  } finally {
    suggestionsLeft = outer;
  }
}

/** The candidate closest to `input`, if it is close enough to be a plausible typo. */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  if (suggestionsLeft <= 0) return undefined;
  suggestionsLeft--;
  const needle = input.trim().toLowerCase().slice(0, MAX_INPUT);
  let best: string | undefined;
  let bestDistance = Math.min(MAX_DISTANCE, Math.max(2, Math.floor(needle.length / 3))) + 1;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip what cannot beat the best so far.
    if (Math.abs(candidate.length - needle.length) >= bestDistance) continue;
    const d = distance(needle, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
