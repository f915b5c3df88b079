/** Summaries for repeated measurements on a shared, noisy machine: median with min–max. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), n: values.length });
