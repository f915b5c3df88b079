const encoder = new TextEncoder();
const utf8Bytes = (text: string): number => encoder.encode(text).byteLength;

/**
 * Adds texts to an answer while their UTF-8 size stays within a budget, without encoding each one:
 * a UTF-16 unit is at most 3 bytes in UTF-8, so texts count at that bound until the bound could
 * cross the budget, and only then are they counted exactly, each at most once. An answer far from
 * its budget (nearly every answer) encodes nothing; one near it decides exactly as if every text had
 * been counted.
 */
export class ByteBudget {
  /** UTF-8 bytes of the texts counted exactly. */
  private counted = 0;
  /** The texts counted at their bound, and that bound. */
  private readonly pending: string[] = [];
  private bound = 0;

  constructor(private readonly limit: number) {}

  /**
   * Adds `text`, and `asciiBytes` more (a separator before it), if they fit beside the texts added
   * so far; says whether they did.
   */
  add(text: string, asciiBytes = 0): boolean {
    const atMost = 3 * text.length + asciiBytes;
    if (this.counted + this.bound + atMost <= this.limit) {
      this.pending.push(text);
      this.bound += 3 * text.length;
      this.counted += asciiBytes;
      return true;
    }
    for (const earlier of this.pending) this.counted += utf8Bytes(earlier);
    this.pending.length = 0;
    this.bound = 0;
    const size = utf8Bytes(text) + asciiBytes;
    if (this.counted + size > this.limit) return false;
    this.counted += size;
    return true;
  }
}
