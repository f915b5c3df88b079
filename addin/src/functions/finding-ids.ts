import { isObject, isString } from "../client/checks";
import { quoted } from "./cells";
import { badArgument } from "./excel-error";

const findingId = /^F-\d+(\.\d+)*-\d+$/i;

/** The id inside a finding's cell: an entity's id property, or the label its text starts with. */
function idOfCell(cell: unknown): string[] {
  if (cell === null || cell === undefined) return [];
  if (isObject(cell)) {
    const id = isObject(cell.properties) && isObject(cell.properties.id) ? cell.properties.id.basicValue : undefined;
    return isString(id) ? [id] : [];
  }
  const text = String(cell).trim();
  const label = /^(\S+) · /.exec(text)?.[1];
  return label ? [label] : text.split(/[\s,;|]+/).filter(Boolean);
}

/**
 * Finding ids from what a user passes: one id, a list in one cell ("F-2.2-03, F-2.2-04"), a range
 * of ids, or cells that hold EXO.FINDING results. Each id once, in the order given.
 */
export function findingIds(cells: unknown): string[] {
  const flat = Array.isArray(cells) ? cells.flat() : [cells];
  const ids = flat.flatMap(idOfCell);
  const bad = ids.find((id) => !findingId.test(id));
  if (bad !== undefined)
    throw badArgument(
      `${quoted(bad)} is not a finding id. Ids look like F-2.2-03 (section, then number); EXO.FINDINGS lists them in its first column.`,
    );
  return [...new Set(ids.map((id) => id.toUpperCase()))];
}
