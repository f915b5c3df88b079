/** functions.json text from the JSDoc of `files`, help links on the dev origin; rejects on any metadata error. */
export function functionsJson(files: string | string[]): Promise<string>;
