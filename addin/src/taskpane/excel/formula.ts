export type FormulaOutcome =
  | { kind: "written"; address: string }
  | { kind: "occupied"; address: string }
  | { kind: "protected"; sheet: string };

/**
 * Writes a formula into the selected cell, unless that cell holds anything. The formula spills
 * below and to the right; Excel shows #SPILL! rather than overwrite cells there, so nothing is lost.
 */
export async function writeFormulaAtSelection(context: Excel.RequestContext, formula: string): Promise<FormulaOutcome> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  const sheet = cell.worksheet.load("name");
  const protection = sheet.protection.load("protected");
  cell.load("address, valueTypes");
  await context.sync();
  if (protection.protected) return { kind: "protected", sheet: sheet.name };
  if (cell.valueTypes[0]![0] !== "Empty") return { kind: "occupied", address: cell.address };
  // A cell formatted as Text would keep the formula as text: General lets Excel calculate it.
  cell.numberFormat = [["General"]];
  cell.formulas = [[formula]];
  await context.sync();
  return { kind: "written", address: cell.address };
}
