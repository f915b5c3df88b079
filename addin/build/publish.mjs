import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath ?? d.path, d.name)));
}

/**
 * Moves a finished build into place file by file (each rename is atomic) and removes what the new
 * build no longer has, so a running `wrangler dev` never serves a half-written file.
 */
export function publish(builtDir, outDir) {
  const built = filesUnder(builtDir);
  for (const file of built) {
    mkdirSync(dirname(join(outDir, file)), { recursive: true });
    renameSync(join(builtDir, file), join(outDir, file));
  }
  const keep = new Set(built);
  for (const file of filesUnder(outDir)) if (!keep.has(file)) rmSync(join(outDir, file));
  rmSync(builtDir, { recursive: true, force: true });
  return built;
}
