/**
 * A name as the worker matches it: trimmed, lower-cased, inner whitespace collapsed. The worker's
 * indexes are keyed by it; the add-in folds case-insensitive arguments with it for its cache keys.
 */
export const nameKey = (name: string): string => name.trim().toLowerCase().replace(/\s+/g, " ");
