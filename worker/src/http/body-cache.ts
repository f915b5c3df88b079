/** A GET answer as the handler made it: enough to answer the same request again without the handler. */
export interface CachedBody {
  body: string;
  headers: [string, string][];
}

/** Bodies larger than this are rebuilt each time rather than crowding out many small ones. */
const MAX_ENTRY_CHARS = 512 * 1024;
/** The whole cache: a few MiB of the isolate's 128 MB. */
const MAX_TOTAL_CHARS = 4 * 1024 * 1024;

/**
 * Serialised GET bodies per isolate, least recently used first out, bounded by size. The data
 * cannot change inside an isolate (it is built into the Worker), so an entry is never stale.
 */
export class BodyCache {
  private readonly entries = new Map<string, CachedBody>();
  private chars = 0;

  get(key: string): CachedBody | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: CachedBody): void {
    const size = entry.body.length + key.length;
    if (size > MAX_ENTRY_CHARS || this.entries.has(key)) return;
    this.entries.set(key, entry);
    this.chars += size;
    for (const [oldKey, old] of this.entries) {
      if (this.chars <= MAX_TOTAL_CHARS) break;
      this.entries.delete(oldKey);
      this.chars -= old.body.length + oldKey.length;
    }
  }
}
