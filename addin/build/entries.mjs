import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The bundles to build: every addin/src/<name>/index.ts becomes <name>.js. The functions come
 * first so that Excel finds them registered as early as possible.
 */
export function findEntries(srcDir) {
  const names = readdirSync(srcDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(srcDir, d.name, "index.ts")))
    .map((d) => d.name)
    .sort((a, b) => (a === "functions" ? -1 : b === "functions" ? 1 : a.localeCompare(b)));
  if (!names.includes("functions"))
    throw new Error(`No addin/src/functions/index.ts in ${srcDir}: the custom functions are the add-in's core.`);
  return names;
}
