const NOT_ASCII = /[^\0-\x7f]/;

/**
 * The UTF-8 size of `text`, as TextEncoder would encode it (a lone surrogate as U+FFFD, 3 bytes),
 * without encoding it: most texts are ASCII, one byte a unit, which one regular-expression scan
 * tells; an encoder call per text allocated a buffer for each and cost a third of a refused list.
 */
export function utf8Bytes(text: string): number {
  if (!NOT_ASCII.test(text)) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) continue;
    if (unit < 0x800) bytes += 1;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A surrogate pair: two units, four bytes.
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

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
