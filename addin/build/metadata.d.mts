/** functions.json text from the JSDoc of `file`, help links moved from `devOrigin` to `helpOrigin`; rejects on any metadata error. */
export function functionsJson(file: string, helpOrigin: string, devOrigin: string): Promise<string>;
