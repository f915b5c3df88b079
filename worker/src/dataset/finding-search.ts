import type { default as MiniSearch, Options } from "minisearch";
import { nameKey } from "../contract/names";
import type { Finding } from "./finding";
import type { Indexes } from "./indexes";
import { SnapshotSearch } from "./search-snapshot";

/** Greek letters as the review writes them, with the name and the Latin letter people type instead. */
const greek: Record<string, readonly [name: string, letter: string]> = {
  α: ["alpha", "a"],
  β: ["beta", "b"],
  ß: ["beta", "b"],
  γ: ["gamma", "g"],
  δ: ["delta", "d"],
  ε: ["epsilon", "e"],
  κ: ["kappa", "k"],
  λ: ["lambda", "l"],
  µ: ["mu", "u"],
  μ: ["mu", "u"],
  σ: ["sigma", "s"],
  τ: ["tau", "t"],
  ω: ["omega", "o"],
};
const greekClass = `[${Object.keys(greek).join("")}]`;
const hasGreek = new RegExp(greekClass, "u");
const greekLetters = new RegExp(greekClass, "gu");

/** Lower case without accents: "Ménière" and "meniere" are one word. */
const plain = (term: string): string =>
  term
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();

/** A term with its Greek letters spelled out (NF-κB → nf-kappab) and as Latin letters (nf-kb). */
function greekSpellings(term: string): string[] {
  if (!hasGreek.test(term)) return [term];
  return [term.replace(greekLetters, (g) => greek[g]![0]), term.replace(greekLetters, (g) => greek[g]![1])];
}

/** Hyphens do not matter: miR-214-3p is indexed as mir2143p, so mir214 and miR-214 find it. */
const joined = (term: string): string => term.replace(/-/g, "");

/** Words, keeping hyphenated names (miR-214-3p, NF-κB) together; slashes and punctuation split. */
const tokenize = (text: string): string[] => text.split(/[^\p{L}\p{N}-]+/u).filter((t) => t.replace(/-/g, "") !== "");

/**
 * What a word of the (already plain) text is indexed under: the whole name without hyphens, and
 * each part. Most words have neither hyphen nor Greek letter and are indexed as they are.
 */
function indexTerms(term: string): string | string[] {
  if (!term.includes("-") && !hasGreek.test(term)) return term;
  const terms = greekSpellings(term).flatMap((t) => [joined(t), ...t.split("-")]);
  return [...new Set(terms.filter((t) => t !== ""))];
}

/** What a word of a query looks for: the whole name without hyphens, in each Greek spelling. */
const queryTerms = (term: string): string[] => [
  ...new Set(
    greekSpellings(plain(term))
      .map(joined)
      .filter((t) => t !== ""),
  ),
];

/** The text of each searched field of a finding; `aliases` holds the review's spellings of its cargo and targets (q=MMP-13 finds MMP13). */
const fieldTexts = (index: Pick<Indexes, "moleculeByName" | "targetByName">): Record<SearchField, (finding: Finding) => string> => ({
  cargo: (f) => f.cargo.join(" "),
  targets: (f) => f.targets.join(" "),
  aliases: (f) =>
    [
      ...f.cargo.flatMap((n) => index.moleculeByName.get(nameKey(n))?.aliases ?? []),
      ...f.targets.flatMap((n) => index.targetByName.get(nameKey(n))?.aliases ?? []),
    ].join(" "),
  recipient: (f) => f.recipient.join(" "),
  context: (f) => f.context,
  quote: (f) => f.quote,
  note: (f) => f.note,
});

const FIELDS = ["cargo", "targets", "aliases", "recipient", "context", "quote", "note"] as const;
type SearchField = (typeof FIELDS)[number];

/** How findings are indexed and queried: the build and the Worker must agree on every one. */
const options: Options<Finding> = {
  fields: [...FIELDS],
  tokenize,
  processTerm: indexTerms,
  searchOptions: {
    tokenize,
    processTerm: queryTerms,
    combineWith: "AND",
    prefix: true,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    boost: { cargo: 3, targets: 2, aliases: 2, recipient: 1.5 },
  },
};

/**
 * The free-text index over findings, as a snapshot of MiniSearch's state (search-snapshot.ts). Built
 * with the dataset (at build time for the Worker), because building it costs tens of milliseconds
 * of CPU: more than a request on the Free plan may spend.
 */
export function buildFindingSearch(findings: readonly Finding[], index: Pick<Indexes, "moleculeByName" | "targetByName">): string {
  const fieldText = fieldTexts(index);
  const search = new SnapshotSearch<Finding>({
    ...options,
    // Case and accents go once per field, not once per word.
    extractField: (finding, field) => (field === "id" ? finding.id : plain(fieldText[field as SearchField](finding))),
  });
  search.addAll(findings);
  return search.snapshot();
}

/** The index `buildFindingSearch` wrote, ready to search. */
export const loadFindingSearch = (snapshot: string): MiniSearch<Finding> => SnapshotSearch.fromSnapshot<Finding>(snapshot, options);
