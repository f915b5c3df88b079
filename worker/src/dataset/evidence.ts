import type { EvidenceCode } from "../contract/vocabulary";
import type { FindingRow } from "./finding";
import type { Located, ValidationReport } from "./tsv";
import type { VerdictRow } from "./verdict";

type EvidenceFlags = Pick<FindingRow, "direction_basis" | "citation_given">;

/**
 * The one rule for `evidence_code`: a direction the curators read from context is a curator
 * inference; otherwise the review's statement is traceable when it cites works for the claim
 * and non-traceable when it cites none.
 */
export function evidenceCodeFor(finding: EvidenceFlags): EvidenceCode {
  if (finding.direction_basis === "implied") return "ECO:0000305";
  return finding.citation_given === "no" ? "ECO:0000303" : "ECO:0000304";
}

/** The evidence columns must agree with the columns they describe, so a filter on them never lies. */
export function checkEvidence(findings: Located<FindingRow>[], problems: ValidationReport): void {
  const file = "findings.tsv";
  for (const { line, row } of findings) {
    const uncited = row.citations.length === 0;
    if (uncited && row.citation_given !== "no")
      problems.add(file, line, "citation_given", `is "${row.citation_given}" but citations is empty; write no, or add the citation keys`);
    if (!uncited && row.citation_given === "no")
      problems.add(
        file,
        line,
        "citation_given",
        `is "no" but citations lists ${row.citations.join("; ")}; write yes or shared, or empty citations`,
      );
    if (row.cargo.length === 0 && row.cargo_change !== "")
      problems.add(file, line, "cargo_change", `is "${row.cargo_change}" but the finding names no cargo; leave it empty`);
    if (row.cargo.length > 0 && row.cargo_change === "")
      problems.add(file, line, "cargo_change", "is empty but the finding names cargo; write enriched, depleted, altered or unspecified");
    const code = evidenceCodeFor(row);
    if (row.evidence_code !== code) {
      problems.add(
        file,
        line,
        "evidence_code",
        `is ${row.evidence_code} but direction_basis ${row.direction_basis} with citation_given ${row.citation_given} means ${code} (data/README.md, "Evidence columns")`,
      );
    }
  }
}

/** Offsets can be checked against the quote's length without the review: whitespace only ever collapses. */
export function checkQuoteAnchors(file: string, rows: Located<FindingRow | VerdictRow>[], problems: ValidationReport): void {
  for (const { line, row } of rows) {
    const length = row.quote.replace(/\s+/g, " ").length;
    if (row.quote_end - row.quote_start < length) {
      problems.add(
        file,
        line,
        "quote_end",
        `${row.quote_start}–${row.quote_end} spans ${row.quote_end - row.quote_start} characters, fewer than the quote's ${length}; recompute the offsets (data/README.md, "Quote anchors")`,
      );
    }
  }
}
