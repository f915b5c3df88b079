import fc from "fast-check";
import MiniSearch, { type Options, type SearchResult } from "minisearch";
import { describe, expect, it } from "vitest";
import { dataset } from "../../worker/src/dataset/embedded";
import type { Finding } from "../../worker/src/dataset/finding";
import { SnapshotSearch } from "../../worker/src/dataset/search-snapshot";

/**
 * The Worker restores its free-text index from a snapshot of MiniSearch's state instead of
 * MiniSearch's JSON. Whatever the layout, a restored index must answer every query exactly as the
 * index it was saved from: same ids, same order, same scores, same matched terms. (MiniSearch's own
 * JSON round trip rebuilds the tree in another order, so its scores can differ in the last digit
 * and its terms come in another order; it finds the same findings.) The findings' own words
 * (prefixes, typos, several at once) are the queries.
 */
const findings = dataset().findings;
const options: Options<Finding> = {
  fields: ["cargo", "targets", "recipient", "context", "quote", "note"],
  extractField: (finding, field) => {
    const value = finding[field as keyof Finding];
    return Array.isArray(value) ? value.join(" ") : String(value);
  },
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { cargo: 3, targets: 2 } },
};

function built(documents: readonly Finding[]): SnapshotSearch<Finding> {
  const search = new SnapshotSearch<Finding>(options);
  search.addAll(documents);
  return search;
}

const answer = (results: SearchResult[]) => results.map(({ id, score, terms, match }) => ({ id, score, terms, match }));
const words = [
  ...new Set(findings.flatMap((f) => `${f.quote} ${f.cargo.join(" ")} ${f.targets.join(" ")}`.split(/[^\p{L}\p{N}-]+/u))),
].filter((w) => w.length > 1);
const query = fc.oneof(
  fc.constantFrom(...words),
  fc.tuple(fc.constantFrom(...words), fc.nat()).map(([w, n]) => w.slice(0, 2 + (n % Math.max(1, w.length - 1)))),
  fc.tuple(fc.constantFrom(...words), fc.nat()).map(([w, n]) => {
    const at = n % w.length;
    return `${w.slice(0, at)}x${w.slice(at + 1)}`;
  }),
  fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 3 }).map((ws) => ws.join(" ")),
);

describe("SnapshotSearch", () => {
  const original = built(findings);
  const restored = SnapshotSearch.fromSnapshot(original.snapshot(), options);
  const viaJSON = MiniSearch.loadJSON<Finding>(JSON.stringify(original), options);

  it("a restored index answers every query as the index it was saved from", () => {
    fc.assert(
      fc.property(query, fc.constantFrom<"OR" | "AND">("OR", "AND"), (q, combineWith) => {
        const expected = answer(original.search(q, { combineWith }));
        expect(answer(restored.search(q, { combineWith }))).toEqual(expected);
        expect(new Set(viaJSON.search(q, { combineWith }).map((hit) => hit.id))).toEqual(new Set(expected.map((hit) => hit.id)));
      }),
      { numRuns: 300 },
    );
    expect(restored.documentCount).toBe(findings.length);
    expect(answer(restored.search("osteoclast")).length).toBeGreaterThan(10);
  });

  it("keeps what later searches and additions rely on: ids, field lengths, the next short id", () => {
    const partial = built(findings.slice(0, 40));
    const back = SnapshotSearch.fromSnapshot(partial.snapshot(), options);
    for (const search of [partial, back]) search.addAll(findings.slice(40));
    expect(answer(back.search("osteoclast differentiation"))).toEqual(answer(partial.search("osteoclast differentiation")));
    expect(back.has(findings[0]!.id)).toBe(true);
    expect(() => back.add(findings[0]!)).toThrow(/duplicate ID/);
  });

  it("refuses a snapshot of another layout, and an index that stores fields it would drop", () => {
    const snapshot = JSON.parse(original.snapshot());
    expect(() => SnapshotSearch.fromSnapshot(JSON.stringify({ ...snapshot, layout: "old" }), options)).toThrow(/layout old.*rebuild/);
    const storing = new SnapshotSearch<Finding>({ ...options, storeFields: ["quote"] });
    storing.addAll(findings.slice(0, 3));
    expect(() => storing.snapshot()).toThrow(/stored fields/);
  });
});
