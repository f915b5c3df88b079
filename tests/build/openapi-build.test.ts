import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import app from "../../worker/src/app";
import { describeApp, ORIGIN_SLOT } from "../../worker/src/routes/openapi-document";

const root = join(import.meta.dirname, "..", "..");

// The build bundles the app and runs the generator in a Node process: longer than vitest's 5 s
// default on a loaded machine, which says nothing about the build.
describe("npm run build:openapi", { timeout: 60_000 }, () => {
  it("writes the document the zod routes generate, as JSON text naming ORIGIN_SLOT once as its server", () => {
    const out = join(mkdtempSync(join(tmpdir(), "exo-bone-openapi-")), "openapi.txt");
    const run = spawnSync(process.execPath, ["--import", "tsx", "worker/build/openapi.ts"], {
      cwd: root,
      env: { ...process.env, EXO_OPENAPI_OUT: out },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const built = readFileSync(out, "utf8");
    const generated = describeApp(app, ORIGIN_SLOT);
    expect(JSON.parse(built)).toEqual(generated);
    expect(built === JSON.stringify(generated), "the same bytes, keys in the same order").toBe(true);
    expect(built.split(JSON.stringify(ORIGIN_SLOT)).length - 1).toBe(1);
    expect(generated.servers).toEqual([{ url: ORIGIN_SLOT, description: expect.any(String) }]);
  });
});
