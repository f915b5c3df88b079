/// <reference types="custom-functions-runtime" />
/// <reference types="office-js" />
// EXO.FINDING and EXO.CITE: one finding as a card, and what to cite for some findings.
// `npm run build` generates their functions.json entries from the JSDoc below, as for functions.ts.
import { supportsEntityValues } from "../shared/requirements";
import { column, quoted } from "./cells";
import { type CitationStyle, citable, citationBibtex, citationStyles, citationText } from "./citation";
import { badArgument } from "./excel-error";
import { findingCard, findingLine } from "./finding-card";
import { findingIds } from "./finding-ids";
import { lookup } from "./lookup";

/** The origin the add-in is served from: its icon and its API live there. */
const origin = (): string | undefined => (typeof location === "undefined" ? undefined : location.origin);

/**
 * One finding as a card in one cell: its fields (=A2.quote, =A2.cargo, …), the verbatim quote, links to the review and the dataset's version and licence. Text where Excel has no data types.
 * @customfunction FINDING
 * @helpurl https://localhost:8787/docs#get-v1-findings-id
 * @param id A finding id such as F-2.2-03 (the first column of EXO.FINDINGS).
 * @returns The finding as an entity value, or as one line of text.
 */
export async function finding(id: string): Promise<Excel.EntityCellValue | string> {
  const [only, ...more] = findingIds(id);
  if (only === undefined || more.length > 0)
    throw badArgument(
      `EXO.FINDING takes one finding id such as F-2.2-03, not ${only === undefined ? "a blank" : quoted(id)}. For several findings use EXO.FINDING on each, or EXO.FINDINGS.`,
    );
  const record = await lookup("finding", [only]);
  const here = origin();
  return supportsEntityValues() ? findingCard(record, here && `${here}/assets/icon-32.png`) : findingLine(record);
}

/**
 * How to cite some findings: the review, the dataset with its version, and the studies those findings cite (spills down a column).
 * @customfunction CITE
 * @helpurl https://localhost:8787/docs#get-v1-references
 * @param ids One finding id (F-2.2-03), a list in one cell (F-2.2-03, F-2.2-04), or a range of ids or of EXO.FINDING cells.
 * @param style text (default): one reference a line; bibtex: one BibTeX entry a cell.
 * @returns One citation per row: the review, the dataset, then each cited study.
 */
export async function cite(ids: unknown[][], style?: string): Promise<string[][]> {
  const wanted = findingIds(ids);
  if (wanted.length === 0)
    throw badArgument("EXO.CITE needs at least one finding id, e.g. F-2.2-03, a list of them, or a range holding them.");
  const format = (style ?? "").trim().toLowerCase() || "text";
  if (!isCitationStyle(format)) throw badArgument(`${quoted(style)} is not a citation style. Use one of: ${citationStyles.join(", ")}.`);
  const records = await Promise.all(wanted.map((id) => lookup("finding", [id])));
  const cited = citable(records, origin());
  return column(format === "bibtex" ? citationBibtex(cited) : citationText(cited));
}

const isCitationStyle = (style: string): style is CitationStyle => citationStyles.some((s) => s === style);
