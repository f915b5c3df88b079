/** Edit distance (Levenshtein), for "did you mean" suggestions over short names. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `input`, if it is close enough to be a plausible typo. */
export function nearest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.trim().toLowerCase().slice(0, 64);
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(needle.length / 3)) + 1;
  for (const candidate of candidates) {
    // The distance is at least the difference in length: skip what cannot beat the best so far,
    // so a long junk value costs a batch nothing but this comparison.
    if (Math.abs(candidate.length - needle.length) >= bestDistance) continue;
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
