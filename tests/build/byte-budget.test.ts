import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteBudget, utf8Bytes } from "../../worker/src/http/byte-budget";

const utf8 = (text: string) => new TextEncoder().encode(text).byteLength;

/** What adding each text in turn should say, counting every text exactly. */
function counted(texts: string[], limit: number): boolean[] {
  let bytes = 0;
  return texts.map((text) => {
    if (bytes + utf8(text) > limit) return false;
    bytes += utf8(text);
    return true;
  });
}

describe("utf8Bytes", () => {
  it("is the size TextEncoder encodes any text to, lone surrogates included", () => {
    const unit = fc.constantFrom("a", "~", "\u007f", "\u0080", "é", "\u07ff", "\u0800", "β", "骨", "\uffff", "🦴", "\ud83e", "\udd74");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(utf8Bytes(text)).toBe(utf8(text));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("ByteBudget", () => {
  it("admits exactly the texts that exact counting admits, whatever they hold", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "{", "é", "β", "–", "骨", "🦴"), maxLength: 40 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), fc.integer({ min: 0, max: 600 }), (texts, limit) => {
        const budget = new ByteBudget(limit);
        expect(texts.map((t) => budget.add(t))).toEqual(counted(texts, limit));
      }),
      { numRuns: 500 },
    );
  });

  it("counts the separator bytes given with a text, and adds neither when they do not fit together", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "é", "骨", "🦴"), maxLength: 20 });
    const item = fc.record({ text, separator: fc.integer({ min: 0, max: 2 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 0, max: 400 }), (items, limit) => {
        const budget = new ByteBudget(limit);
        let bytes = 0;
        for (const { text, separator } of items) {
          const fits = bytes + utf8(text) + separator <= limit;
          expect(budget.add(text, separator)).toBe(fits);
          if (fits) bytes += utf8(text) + separator;
        }
      }),
      { numRuns: 500 },
    );
  });

  it("counts a character by its UTF-8 size near the budget: 4 bytes for 🦴, 1 for a", () => {
    const budget = new ByteBudget(6);
    expect(budget.add("🦴")).toBe(true);
    expect(budget.add("a")).toBe(true);
    expect(budget.add("é")).toBe(false);
    expect(budget.add("a")).toBe(true);
    expect(budget.add("a")).toBe(false);
  });
});
