/**
 * Which dataset version answers may come from. During a gradual deployment two versions answer
 * side by side; a recalculation must not mix them. A burst (the calls and reads under way at the
 * same time: one recalculation, one pane query) is pinned to the version of the first value it
 * delivers. An answer from another version is asked again, up to `repeats` times; after that the
 * service has moved on, and the burst follows it.
 */
export class VersionPin {
  #current: string | undefined;
  #confirmedAt = Number.NEGATIVE_INFINITY;
  #pinned: string | undefined;
  #outstanding = 0;

  constructor(
    /** How long the current version counts as confirmed, so that cached answers may be used. */
    private readonly maxAgeMs: number,
    /** How many times a call answered by another version is asked again. */
    private readonly repeats: number,
    private readonly now: () => number,
  ) {}

  /** The version the service answered last. */
  get current(): string | undefined {
    return this.#current;
  }

  /** A call or read starts; the first one after a quiet moment starts a new burst. */
  begin(): void {
    if (this.#outstanding++ === 0) this.#pinned = undefined;
  }

  /** A call or read has settled. */
  end(): void {
    this.#outstanding--;
  }

  /** The version whose cached answers this burst may use: its pin, else the current version while it is confirmed. */
  readable(): string | undefined {
    if (this.#pinned !== undefined) return this.#pinned;
    return this.now() - this.#confirmedAt <= this.maxAgeMs ? this.#current : undefined;
  }

  /** A cached answer of `version` was delivered: the burst keeps to that version. */
  delivered(version: string): void {
    this.#pinned ??= version;
  }

  /** Whether an answer of `version` may be delivered to a call already asked `repeated` times again. */
  accept(version: string, repeated: number): boolean {
    if (this.#pinned !== undefined && this.#pinned !== version && repeated < this.repeats) return false;
    this.#pinned = version;
    this.#current = version;
    this.#confirmedAt = this.now();
    return true;
  }

  /** Forgets the versions seen. */
  reset(): void {
    this.#current = undefined;
    this.#pinned = undefined;
    this.#confirmedAt = Number.NEGATIVE_INFINITY;
  }
}
