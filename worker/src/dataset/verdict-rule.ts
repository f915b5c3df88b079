import { PROCESSES } from "../contract/vocabulary";
import type { FindingRow } from "./finding";
import { pairKey } from "./indexes";
import type { Source } from "./source";
import type { Located, ValidationReport } from "./tsv";
import type { VerdictRow } from "./verdict";

/** `F-2.1-21:aged` in verdicts.exceptions: a finding that disagrees only through a variant of the source. */
export function parseException(item: string): { finding: string; state: string } {
  const colon = item.indexOf(":");
  return colon < 0 ? { finding: item, state: "" } : { finding: item.slice(0, colon), state: item.slice(colon + 1) };
}

const opposite = (a: string, b: string): boolean => (a === "promotes" && b === "inhibits") || (a === "inhibits" && b === "promotes");

/**
 * The one verdict rule (data/README.md, "Verdict rules"): a verdict is what the review's figures
 * and summaries say of the source as the review names it. A finding about a variant of the source
 * (aged, senescent, OA, mature …) that goes another way is one of the verdict's `exceptions`, and
 * every such finding must be listed; an unqualified finding the opposite way means the review
 * disagrees with itself about the source, which only `mixed` may record.
 */
function checkExceptions(file: string, line: number, row: VerdictRow, pair: Located<FindingRow>[], problems: ValidationReport): void {
  const decided = row.verdict === "promotes" || row.verdict === "inhibits";
  const listed = new Set<string>();
  for (const item of row.exceptions) {
    const { finding, state } = parseException(item);
    listed.add(finding);
    const found = pair.find(({ row: f }) => f.id === finding)?.row;
    if (!decided)
      problems.add(
        file,
        line,
        "exceptions",
        `${row.verdict} has no exceptions; exceptions belong to a promotes or inhibits verdict (remove "${item}")`,
      );
    else if (!found)
      problems.add(
        file,
        line,
        "exceptions",
        `"${finding}" is not a finding of ${row.source} × ${row.process}; write finding-id:state, e.g. F-2.1-21:aged`,
      );
    else if (found.source_state === "" || found.source_state !== state) {
      problems.add(
        file,
        line,
        "exceptions",
        `"${item}": ${finding} has source_state "${found.source_state}"; an exception is a variant, written ${finding}:${found.source_state || "<state>"}`,
      );
    } else if (found.direction === row.verdict)
      problems.add(file, line, "exceptions", `"${item}": ${finding} ${found.direction} agrees with the verdict; it is no exception`);
  }
  if (!decided) return;
  for (const { row: f } of pair) {
    if (f.source_state !== "" && f.direction !== row.verdict && !listed.has(f.id)) {
      problems.add(
        file,
        line,
        "exceptions",
        `${f.id} (${f.source_state}) ${f.direction} disagrees with "${row.verdict}" through a variant; add ${f.id}:${f.source_state}`,
      );
    }
    if (f.source_state === "" && opposite(f.direction, row.verdict)) {
      problems.add(
        file,
        line,
        "verdict",
        `"${row.verdict}" but ${f.id} says the unqualified source ${f.direction}; the review disagrees with itself, so the verdict is mixed`,
      );
    }
  }
}

/**
 * Every source has one verdict per process; a verdict the findings do not bear out needs a note
 * that says why (the review's figures and text can disagree; the note is where a reader learns it).
 */
export function checkVerdicts(
  verdicts: Located<VerdictRow>[],
  findings: Located<FindingRow>[],
  sources: Located<Source>[],
  problems: ValidationReport,
): void {
  const file = "verdicts.tsv";
  const byPair = new Map<string, Located<FindingRow>[]>();
  for (const located of findings) {
    const key = pairKey(located.row.source, located.row.process);
    byPair.set(key, [...(byPair.get(key) ?? []), located]);
  }
  const seen = new Map<string, number>();
  for (const { line, row } of verdicts) {
    const key = pairKey(row.source, row.process);
    const first = seen.get(key);
    if (first !== undefined) problems.add(file, line, "source", `${row.source} × ${row.process} already has a verdict on line ${first}`);
    seen.set(key, line);
    const pair = byPair.get(key) ?? [];
    const found = new Set(pair.map(({ row: f }) => f.direction));
    const unqualified = new Set(pair.filter(({ row: f }) => f.source_state === "").map(({ row: f }) => f.direction));
    const unexplained = row.note === "";
    if ((row.verdict === "promotes" || row.verdict === "inhibits") && !found.has(row.verdict) && unexplained) {
      problems.add(
        file,
        line,
        "verdict",
        `"${row.verdict}" but no finding for ${row.source} × ${row.process} ${row.verdict}; add the finding or explain in note`,
      );
    }
    if (row.verdict === "mixed" && !(unqualified.has("promotes") && unqualified.has("inhibits")) && unexplained) {
      problems.add(
        file,
        line,
        "verdict",
        `"mixed" but the findings for ${row.source} × ${row.process} about the unqualified source do not go both ways; explain in note what disagrees`,
      );
    }
    if ((row.verdict === "no_data" || row.verdict === "not_studied") && found.size > 0 && unexplained) {
      problems.add(file, line, "verdict", `"${row.verdict}" but ${row.source} × ${row.process} has findings; explain in note`);
    }
    checkExceptions(file, line, row, pair, problems);
  }
  for (const { line, row } of sources) {
    for (const process of PROCESSES) {
      if (!seen.has(pairKey(row.code, process)))
        problems.add("sources.tsv", line, "code", `${row.code} has no verdict for ${process} in verdicts.tsv`);
    }
  }
  for (const { line, row } of verdicts) {
    if (!sources.some((s) => s.row.code === row.source)) problems.add(file, line, "source", `"${row.source}" is not a code in sources.tsv`);
  }
}
