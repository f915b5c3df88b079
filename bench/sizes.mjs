/** What a user downloads: each script and page of the built add-in (dist/addin), raw and gzipped. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const addinDir = new URL("../dist/addin/", import.meta.url).pathname;

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

export function addinSizes() {
  if (!existsSync(addinDir)) return [];
  return walk(addinDir)
    .filter((file) => /\.(js|mjs|css|html|json|xml)$/.test(file) && !file.endsWith(".map"))
    .map((file) => {
      const content = readFileSync(file);
      return { file: relative(addinDir, file), bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
