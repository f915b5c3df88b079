// The per-isolate caches of serialised answers (GET bodies, batch results) are bounded in bytes:
// whatever is put in them, what they keep stays within their total, and nothing larger than one
// entry's bound is kept at all.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BoundedCache } from "../../worker/src/http/bounded-cache";

const MAX_ENTRY = 300;
const MAX_TOTAL = 1000;

/** Sets, then gets, random entries; every value is its own size, so a kept entry says what it costs. */
const operations = fc.array(
  fc.oneof(
    fc.record({ set: fc.constant(true as const), key: fc.string({ maxLength: 4 }), size: fc.integer({ min: 0, max: 400 }) }),
    fc.record({ set: fc.constant(false as const), key: fc.string({ maxLength: 4 }) }),
  ),
  { maxLength: 80 },
);

describe("BoundedCache", () => {
  it("keeps at most its total (sizes and keys counted), never an entry over its bound, always the newest that fits", () => {
    fc.assert(
      fc.property(operations, (ops) => {
        const cache = new BoundedCache<number>(MAX_ENTRY, MAX_TOTAL);
        const keys = new Set<string>();
        for (const op of ops) {
          if (!op.set) {
            const hit = cache.get(op.key);
            if (hit !== undefined) expect(keys.has(op.key)).toBe(true);
            continue;
          }
          const known = cache.get(op.key) !== undefined;
          cache.set(op.key, op.size, op.size);
          keys.add(op.key);
          // A new entry that fits its bound is kept; one that does not is never kept.
          if (!known) expect(cache.get(op.key)).toBe(op.size + op.key.length <= MAX_ENTRY ? op.size : undefined);
          let held = 0;
          for (const key of keys) {
            const size = cache.get(key);
            if (size === undefined) continue;
            expect(size + key.length).toBeLessThanOrEqual(MAX_ENTRY);
            held += size + key.length;
          }
          expect(held).toBeLessThanOrEqual(MAX_TOTAL);
        }
      }),
      { numRuns: 300 },
    );
  });
});
