import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { tsvText } from "./tests/support/tsv-text.ts";

export default defineConfig({
  test: {
    globalSetup: ["./tests/support/build-dataset.ts"],
    projects: [
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.jsonc" },
            // workerd has no process.env: the fuzz scale reaches the tests as a binding. The worker
            // tests ask https://exo-bone.test: a deployment whose PUBLIC_ORIGIN is that origin.
            miniflare: { bindings: { EXO_FUZZ_SCALE: process.env.EXO_FUZZ_SCALE ?? "1", PUBLIC_ORIGIN: "https://exo-bone.test" } },
          }),
        ],
        // The zod the Worker is bundled with (wrangler.jsonc "alias", which the pool does not read).
        resolve: { alias: [{ find: /^zod$/, replacement: new URL("./worker/build/zod/index.ts", import.meta.url).pathname }] },
        test: { name: "worker", include: ["tests/worker/**/*.test.ts"] },
      },
      {
        plugins: [tsvText()],
        test: {
          name: "node",
          include: ["tests/data/**/*.test.ts", "tests/build/**/*.test.ts", "tests/addin/**/*.test.ts", "tests/contract/**/*.test.ts"],
          environment: "node",
        },
      },
    ],
  },
});
