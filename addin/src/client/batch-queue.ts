export interface BatchLimits {
  /** Calls per request (the service takes up to 1000), each counted by its weight. */
  maxBatch: number;
  /** Encoded bytes of the calls per request (the service takes up to 1 MiB with the envelope). */
  maxBatchBytes: number;
  /** Requests under way at once; calls made meanwhile wait and go out together. */
  maxInFlight: number;
}

export interface Queued {
  bytes: number;
  /** How much of maxBatch the call takes up: more for calls whose answers cost more. */
  weight: number;
}

/**
 * Coalesces calls into batches. A batch leaves when it is full or, at the latest, on the next
 * turn of the event loop, so everything Excel asks for in one recalculation burst travels
 * together; while `maxInFlight` requests are under way, new calls pile up into the next batches.
 */
export class BatchQueue<T extends Queued> {
  readonly #waiting: T[] = [];
  #waitingBytes = 0;
  #waitingWeight = 0;
  #inFlight = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly limits: BatchLimits,
    /** Sends one batch and settles its calls; it must not reject. */
    private readonly send: (batch: T[]) => Promise<void>,
  ) {}

  add(item: T): void {
    this.#waiting.push(item);
    this.#waitingBytes += item.bytes;
    this.#waitingWeight += item.weight;
    if (this.#waitingWeight >= this.limits.maxBatch || this.#waitingBytes >= this.limits.maxBatchBytes) this.#pump();
    else
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined;
        this.#pump();
      }, 0);
  }

  #pump(): void {
    while (this.#inFlight < this.limits.maxInFlight && this.#waiting.length > 0) {
      const batch = this.#take();
      this.#inFlight++;
      void this.send(batch).finally(() => {
        this.#inFlight--;
        this.#pump();
      });
    }
  }

  /** The oldest calls that fit one request; always at least one, however large. */
  #take(): T[] {
    let count = 0;
    let bytes = 0;
    let weight = 0;
    for (const { bytes: next, weight: more } of this.#waiting) {
      const full = weight + more > this.limits.maxBatch || bytes + next > this.limits.maxBatchBytes;
      if (count > 0 && full) break;
      bytes += next;
      weight += more;
      count++;
    }
    this.#waitingBytes -= bytes;
    this.#waitingWeight -= weight;
    return this.#waiting.splice(0, count);
  }
}
