/// <reference types="office-js" />

/**
 * Whether the Excel running the add-in has a requirement set. Asked at run time, not in the
 * manifest, so an older Excel still loads the add-in and gets everything but the one feature.
 * False when office.js is absent (a plain browser) or not ready yet.
 */
export function supports(set: string, version: string): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

/** Entity values from custom functions: a card in one cell (CustomFunctionsRuntime 1.4 with ExcelApi 1.16). */
export const supportsEntityValues = (): boolean => supports("CustomFunctionsRuntime", "1.4") && supports("ExcelApi", "1.16");

/** Table.resize, which Refresh needs to rewrite a table in place. */
export const supportsTableResize = (): boolean => supports("ExcelApi", "1.13");
