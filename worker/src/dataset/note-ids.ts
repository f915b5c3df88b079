import type { RetiredRow } from "./retired";
import type { Located, ValidationReport } from "./tsv";

/** Rows whose `note` may name findings, by the file they come from. */
type Noted = Record<string, Located<{ note: string }>[]>;

const FINDING_ID = /\bF-\d+(?:\.\d+)*-\d+\b/g;

/**
 * A note that names a finding must name one that exists, and a retired one only as retired: a
 * note written before a finding was retired otherwise keeps giving it as a reason (the species of
 * TNFSF11 rested on a finding retired two releases earlier), and a reader who looks it up meets a 410.
 */
export function checkNoteIds(noted: Noted, current: ReadonlySet<string>, retired: Located<RetiredRow>[], problems: ValidationReport): void {
  const retiredIn = new Map(retired.map(({ row }) => [row.id, row]));
  for (const [file, rows] of Object.entries(noted)) {
    for (const { line, row } of rows) {
      for (const id of new Set(row.note.match(FINDING_ID) ?? [])) {
        if (current.has(id)) continue;
        const gone = retiredIn.get(id);
        if (gone === undefined)
          problems.add(file, line, "note", `"${id}" is not a finding in findings.tsv or retired.tsv; name an existing finding`);
        else if (!/\bretired\b/.test(row.note)) {
          const successor = gone.replaced_by.length > 0 ? `, or name what replaced it (${gone.replaced_by.join(", ")})` : "";
          problems.add(
            file,
            line,
            "note",
            `names ${id}, retired in ${gone.retired_in}, as if current; say that it was retired${successor}`,
          );
        }
      }
    }
  }
}
