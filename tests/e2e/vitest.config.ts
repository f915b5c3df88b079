import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Browser tests: the built add-in in headless Chromium against `wrangler dev` (npm run test:e2e builds first). */
export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/support/wrangler-dev.ts"],
    // One browser and one wrangler on two shared cores: files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
