// npm run validate, offline: Office's own parser (office-addin-manifest-converter), then
// office-addin-manifest's `info`, then the project's structural check. (office-addin-manifest's
// `validate` posts the manifest to a Microsoft service, which CI cannot reach.)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inspectManifest } from "./build/manifest-check.mjs";
import { parseWithOffice } from "./build/office-parser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const manifest = process.argv[2] ?? join(root, "manifest.xml");
const cli = join(dirname(createRequire(import.meta.url).resolve("office-addin-manifest/package.json")), "cli.js");
const release = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;

function fail(message) {
  console.error(message);
  process.exit(1);
}

const office = await parseWithOffice(manifest).catch((error) => fail(error.message));
console.log(`Office's parser: OK — id ${office.id}, version ${office.version}, runtime page ${office.pages.join(", ")}.\n`);

const info = execFileSync(process.execPath, [cli, "info", manifest], { encoding: "utf8" });
process.stdout.write(info);
// `info` prints an error instead of failing when it cannot read the manifest.
if (!/^\s*Id: \S+/m.test(info)) fail(`office-addin-manifest could not read ${manifest} (see above).`);

const report = await inspectManifest(readFileSync(manifest, "utf8"), { release });
if (report.problems.length > 0) fail(`\n${manifest} has ${report.problems.length} problem(s):\n  - ${report.problems.join("\n  - ")}`);
console.log(
  `\nStructure: OK — namespace ${report.namespace}, shared runtime, ${report.urls.length} URLs, all https on ${report.origin}, id of that origin, version of release ${release}.`,
);
