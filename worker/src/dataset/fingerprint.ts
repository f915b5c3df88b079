/**
 * A short, stable hash of the dataset's files (FNV-1a, 32 bits). It joins the version in
 * X-Dataset-Version and ETags, so a changed file can never be served under an old cache entry,
 * even if nobody bumped the version.
 */
export function fingerprint(texts: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
