// Office's own manifest parser, offline: office-addin-manifest-converter reads an XML manifest with
// the OSF code Office itself uses before it converts it, and throws where Office would refuse it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";

const { convert } = createRequire(import.meta.url)("office-addin-manifest-converter");

/**
 * Parses the manifest at `path` as Office does. Resolves to what Office read (id, version, the
 * pages of its runtimes); rejects with Office's reason when it refuses the manifest.
 */
export async function parseWithOffice(path) {
  const out = mkdtempSync(join(tmpdir(), "exo-office-parse-"));
  try {
    await convert(path, out, false);
    const json = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    const pages = (json.extensions ?? []).flatMap((e) => e.runtimes ?? []).map((r) => r.code?.page);
    return { id: json.id, version: json.version, pages: [...new Set(pages)] };
  } catch (error) {
    throw new Error(`Office's manifest parser refused ${path}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
