/**
 * A Node module hook that loads the Worker bundle's Text modules (.pack, .tsv, .txt) as strings, as
 * workerd does, so bench/request-cost.mjs can run the production bundle in a plain Node process.
 * Register with: node --import ./bench/text-modules.mjs
 */
import { register } from "node:module";

register(
  `data:text/javascript,${encodeURIComponent(`
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
export async function load(url, context, next) {
  if (!/\\.(pack|tsv|txt)$/.test(url)) return next(url, context);
  return { format: "module", shortCircuit: true, source: "export default " + JSON.stringify(readFileSync(fileURLToPath(url), "utf8")) + ";" };
}`)}`,
);
