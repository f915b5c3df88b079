// Bindings the worker tests get from vitest.config.ts besides the Worker's own (wrangler.jsonc).
declare namespace Cloudflare {
  interface Env {
    /** Multiplies the fuzz run counts (tests/worker/fuzz.test.ts); "1" unless EXO_FUZZ_SCALE is set. */
    EXO_FUZZ_SCALE: string;
  }
}
