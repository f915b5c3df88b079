// npm run validate: office-addin-manifest's offline `info` (its online `validate` needs Microsoft's
// service, which this environment cannot reach) and the project's structural check.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inspectManifest } from "./build/manifest-check.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = join(root, "manifest.xml");
const cli = join(dirname(createRequire(import.meta.url).resolve("office-addin-manifest/package.json")), "cli.js");

const info = execFileSync(process.execPath, [cli, "info", manifest], { encoding: "utf8" });
process.stdout.write(info);
// `info` prints an error instead of failing when it cannot read the manifest.
if (!/^\s*Id: \S+/m.test(info)) {
  console.error("office-addin-manifest could not read manifest.xml (see above).");
  process.exit(1);
}

const report = await inspectManifest(readFileSync(manifest, "utf8"));
if (report.problems.length > 0) {
  console.error(`\nmanifest.xml has ${report.problems.length} problem(s):\n  - ${report.problems.join("\n  - ")}`);
  process.exit(1);
}
console.log(`\nStructure: OK — namespace ${report.namespace}, shared runtime, ${report.urls.length} URLs, all https on ${report.origin}.`);
