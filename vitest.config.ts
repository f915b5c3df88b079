import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { tsvText } from "./tests/support/tsv-text.ts";

export default defineConfig({
  test: {
    projects: [
      {
        // The worker tests ask https://exo-bone.test: a deployment whose PUBLIC_ORIGIN is that origin.
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" }, miniflare: { bindings: { PUBLIC_ORIGIN: "https://exo-bone.test" } } })],
        test: { name: "worker", include: ["tests/worker/**/*.test.ts"] },
      },
      {
        plugins: [tsvText()],
        test: { name: "node", include: ["tests/data/**/*.test.ts", "tests/addin/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
