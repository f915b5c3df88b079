import MiniSearch from "minisearch";
import type { Dataset } from "../dataset/dataset";
import type { Finding } from "../dataset/finding";
import { nameKey } from "../dataset/indexes";

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
const fieldTexts = (ds: Dataset): Record<string, (finding: Finding) => string> => ({
  cargo: (f) => f.cargo.join(" "),
  targets: (f) => f.targets.join(" "),
  aliases: (f) =>
    [
      ...f.cargo.flatMap((n) => ds.index.moleculeByName.get(nameKey(n))?.aliases ?? []),
      ...f.targets.flatMap((n) => ds.index.targetByName.get(nameKey(n))?.aliases ?? []),
    ].join(" "),
  recipient: (f) => f.recipient.join(" "),
  context: (f) => f.context,
  quote: (f) => f.quote,
  note: (f) => f.note,
});

/**
 * The free-text index over findings: a pure function of the dataset, so it can be built when the
 * dataset loads or ahead of time at build (MiniSearch.toJSON / loadJSON).
 */
export function buildFindingSearch(ds: Dataset): MiniSearch<Finding> {
  const fieldText = fieldTexts(ds);
  const search = new MiniSearch<Finding>({
    fields: Object.keys(fieldText),
    // Case and accents go once per field, not once per word.
    extractField: (finding, field) => (field === "id" ? finding.id : plain(fieldText[field]?.(finding) ?? "")),
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
  });
  search.addAll(ds.findings);
  return search;
}

const built = new WeakMap<Dataset, MiniSearch<Finding>>();

/** Findings matching every word of `q` (in any order), best first, as id → relevance. */
export function searchFindings(ds: Dataset, q: string): Map<string, number> {
  let search = built.get(ds);
  if (!search) {
    search = buildFindingSearch(ds);
    built.set(ds, search);
  }
  return new Map(search.search(q).map((hit) => [String(hit.id), hit.score]));
}
