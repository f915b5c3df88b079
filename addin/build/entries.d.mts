/** The bundles to build: the name of every addin/src/<name>/index.ts, the functions first. */
export function findEntries(srcDir: string): string[];
