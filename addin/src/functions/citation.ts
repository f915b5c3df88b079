import type { FindingRecord } from "../../../worker/src/contract";

export const citationStyles = ["text", "bibtex"] as const;
export type CitationStyle = (typeof citationStyles)[number];

/** What to cite for some findings: the review, the dataset at its version, and the studies they cite. */
interface Citable {
  review: FindingRecord["dataset"]["source"];
  dataset: Omit<FindingRecord["dataset"], "source">;
  findings: string[];
  studies: FindingRecord["references"];
  /** Where the dataset is served, when known. */
  origin?: string;
}

/** Everything the records cite, each work once, in the order the findings cite them. */
export function citable(records: readonly FindingRecord[], origin?: string): Citable {
  const first = records[0];
  if (!first) throw new Error("citable needs at least one finding.");
  const studies = new Map(records.flatMap((r) => r.references).map((ref) => [ref.key, ref]));
  const { source, ...dataset } = first.dataset;
  return {
    review: source,
    dataset,
    findings: records.map((r) => r.finding.id),
    studies: [...studies.values()],
    ...(origin ? { origin } : {}),
  };
}

/** A study as the review cites it, with what references.tsv verified of it (blank parts left out). */
const studyText =
  (reviewDoi: string) =>
  (s: Citable["studies"][number]): string =>
    [`${s.key} (as cited in doi:${reviewDoi})`, s.title, s.journal, s.doi && `doi:${s.doi}`, s.pmid && `PMID:${s.pmid}`]
      .filter(Boolean)
      .join(". ");

/** One line per work: the review, the dataset, then each study as the review cites it. */
export function citationText(c: Citable): string[] {
  const where = c.origin ? ` ${c.origin}/v1/findings` : "";
  return [
    `${c.review.title}. doi:${c.review.doi}. ${c.review.url}`,
    `${c.dataset.title}. Dataset version ${c.dataset.version}, ${c.dataset.license.title}; findings ${c.findings.join(", ")}.${where}`,
    ...c.studies.map(studyText(c.review.doi)),
  ];
}

/** Braces, backslashes and the characters LaTeX treats specially, escaped for a BibTeX field. */
const bib = (text: string): string => text.replace(/[\\{}]/g, "").replace(/([&%$#_])/g, "\\$1");
/** A BibTeX key from any text: letters, digits and the punctuation keys allow. */
const bibKey = (text: string): string => text.normalize("NFD").replace(/[^A-Za-z0-9:./+_-]+/g, "");

/** The authors as the review's key names them: "Sun et al., 2016" → "Sun and others" (BibTeX's et al.). */
const authorsOf = (key: string): string => key.replace(/,\s*\d{4}[a-z]?$/, "").replace(/\s+et al\.?$/, " and others");

function entry(type: string, key: string, fields: [string, string | undefined][]): string {
  const lines = fields
    .filter((f): f is [string, string] => f[1] !== undefined && f[1] !== "")
    .map(([name, value]) => `  ${name} = {${value}}`);
  return `@${type}{${bibKey(key)},\n${lines.join(",\n")}\n}`;
}

/** One BibTeX entry per work, in the same order as the text. */
export function citationBibtex(c: Citable): string[] {
  return [
    entry("article", `doi:${c.review.doi}`, [
      ["title", bib(c.review.title)],
      ["doi", c.review.doi],
      ["url", c.review.url],
    ]),
    entry("misc", `${c.dataset.name}-${c.dataset.version}`, [
      ["title", bib(c.dataset.title)],
      ["version", bib(c.dataset.version)],
      ["note", bib(`Dataset, ${c.dataset.license.title}; findings ${c.findings.join(", ")}`)],
      ["url", c.origin ? `${c.origin}/v1/findings` : undefined],
    ]),
    ...c.studies.map((s) =>
      entry(s.journal ? "article" : "misc", `${s.first_author}${s.year}${s.suffix}`, [
        ["author", bib(authorsOf(s.key))],
        ["title", s.title && bib(s.title)],
        ["journal", s.journal && bib(s.journal)],
        ["year", String(s.year)],
        ["doi", s.doi],
        ["pmid", s.pmid],
        ["note", bib(`Cited as ${s.key} in doi:${c.review.doi}`)],
      ]),
    ),
  ];
}
