/** Retry-After in milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.trim() === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * One pause shared by every request of the client. When the service says "come back later" (429 or
 * 503 with Retry-After), no request leaves before then, so thousands of waiting formulas do not
 * each retry on their own. The pause is capped: a service asking for an hour gets `capMs`.
 */
export class SharedPause {
  #until = 0;

  constructor(
    private readonly capMs: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  /** Holds every request for `ms` from now (at most the cap), unless a longer pause is already set. */
  extend(ms: number): void {
    this.#until = Math.max(this.#until, this.now() + Math.min(ms, this.capMs));
  }

  /** Resolves once the pause, if any, is over. */
  async wait(): Promise<void> {
    const left = this.#until - this.now();
    if (left > 0) await this.sleep(left);
  }
}
