// The Worker as `wrangler deploy` uploads it: what esbuild put in, read from wrangler's --metafile.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const env = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" };

/** Source files in the bundle (paths relative to the repository) and the bundle's size. */
let inputs: string[] = [];

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), "exo-bone-worker-"));
  const metafile = join(out, "meta.json");
  execFileSync("npx", ["wrangler", "deploy", "--dry-run", "--outdir", out, "--metafile", metafile], { cwd: root, env, stdio: "pipe" });
  const meta = JSON.parse(readFileSync(metafile, "utf8")) as { outputs: Record<string, { inputs?: Record<string, unknown> }> };
  const bundle = Object.entries(meta.outputs).find(([file]) => file.endsWith("index.js"))?.[1];
  inputs = Object.keys(bundle?.inputs ?? {});
}, 60_000);

describe("the Worker bundle", () => {
  it("holds zod's English messages and no other locale", () => {
    const locales = inputs.filter((file) => /node_modules\/zod\/v4\/locales\//.test(file));
    expect(locales).toEqual([expect.stringMatching(/node_modules\/zod\/v4\/locales\/en\.js$/)]);
  });

  it("leaves out the parts of zod a Worker never runs (z.compile, fromJSONSchema)", () => {
    expect(inputs.some((file) => file.endsWith("node_modules/zod/v4/classic/schemas.js"))).toBe(true);
    expect(inputs.filter((file) => /node_modules\/zod\/v4\/(core\/compile|classic\/from-json-schema)\.js$/.test(file))).toEqual([]);
  });
});
