import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

/**
 * Loads `.tsv`, `.pack` and `.txt` imports as text in plain-Node test projects, as wrangler's Text rule
 * does in the Worker, so the same embedded-dataset module runs in both.
 */
export function tsvText(): Plugin {
  return {
    name: "exo-bone:tsv-text",
    enforce: "pre",
    load(id) {
      const path = id.split("?")[0]!;
      if (!/\.(tsv|pack|txt)$/.test(path)) return null;
      return `export default ${JSON.stringify(readFileSync(path, "utf8"))};`;
    },
  };
}
