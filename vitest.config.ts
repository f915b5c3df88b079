import { cloudflareTest } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { tsvText } from "./tests/support/tsv-text.ts";

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [cloudflareTest({ wrangler: { configPath: "./wrangler.jsonc" } })],
        test: { name: "worker", include: ["tests/worker/**/*.test.ts"] },
      },
      {
        plugins: [tsvText()],
        test: { name: "node", include: ["tests/data/**/*.test.ts", "tests/addin/**/*.test.ts", "tests/contract/**/*.test.ts"], environment: "node" },
      },
    ],
  },
});
