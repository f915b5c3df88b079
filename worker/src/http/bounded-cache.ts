/**
 * Serialised answers kept per isolate, least recently used first out, bounded by size. The data
 * cannot change inside an isolate (it is built into the Worker), so an entry is never stale.
 */
export class BoundedCache<T> {
  private readonly entries = new Map<string, { value: T; size: number }>();
  private total = 0;

  /**
   * @param maxEntry larger values are rebuilt each time rather than crowding out many small ones
   * @param maxTotal the whole cache, in the unit `set` is given (bytes or characters of text)
   */
  constructor(
    private readonly maxEntry: number,
    private readonly maxTotal: number,
  ) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: T, size: number): void {
    if (size + key.length > this.maxEntry || this.entries.has(key)) return;
    this.entries.set(key, { value, size: size + key.length });
    this.total += size + key.length;
    for (const [oldKey, old] of this.entries) {
      if (this.total <= this.maxTotal) break;
      this.entries.delete(oldKey);
      this.total -= old.size;
    }
  }
}
