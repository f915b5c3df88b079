interface Entry<V> {
  value: V;
  bytes: number;
}

/**
 * A least-recently-used cache bounded by the memory its entries take, not by their number: one
 * FINDINGS answer can weigh as much as a thousand NAME answers.
 */
export class ByteLru<V> {
  readonly #entries = new Map<string, Entry<V>>();
  #bytes = 0;

  constructor(private readonly maxBytes: number) {}

  /** The bytes held now; never more than the bound. */
  get bytes(): number {
    return this.#bytes;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    // A Map iterates in insertion order: re-inserting makes this entry the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value`, evicting the least recently used entries until the bound holds; one larger than the whole bound is not kept. */
  set(key: string, value: V, bytes: number): void {
    this.delete(key);
    if (bytes > this.maxBytes) return;
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}
