/**
 * Answers kept in memory for one dataset version. An answer from another version empties it, so a
 * stale answer is never mixed with a new one. The version counts as current for `maxAgeMs` after
 * the service last confirmed it; after that the next call asks again, which either confirms the
 * version (the answers stay) or brings a new one (they go).
 */
export class VersionCache<T> {
  #version: string | undefined;
  #confirmedAt = Number.NEGATIVE_INFINITY;
  readonly #entries = new Map<string, T>();

  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number,
  ) {}

  get version(): string | undefined {
    return this.#version;
  }

  /** Notes the version an answer came from. */
  observe(version: string): void {
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    this.#confirmedAt = this.now();
  }

  get(key: string): T | undefined {
    if (this.now() - this.#confirmedAt > this.maxAgeMs) return undefined;
    return this.#entries.get(key);
  }

  /** Keeps an answer, unless it came from a version other than the current one. */
  set(key: string, value: T, version: string): void {
    if (version !== this.#version) return;
    if (!this.#entries.has(key) && this.#entries.size >= this.maxEntries) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
    this.#entries.set(key, value);
  }

  clear(): void {
    this.#entries.clear();
    this.#version = undefined;
  }
}
