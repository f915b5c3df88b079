/**
 * The `zod` the Worker bundle is built with (wrangler.jsonc `alias`): zod's classic API without
 * what a Worker never runs. @hono/zod-openapi takes zod's `z` namespace as a value (it adds
 * `.openapi()` to `z.ZodType` and re-exports `z`), so esbuild has to keep everything that namespace
 * names, ~40 locales among it (≈300 KB that workerd compiles at every cold start). Here `z` names
 * only what ./classic.ts re-exports, and the rest stays out of the bundle. Error messages stay
 * zod's English ones: the classic schemas install `locales/en` themselves.
 * tests/build/worker-zod.test.ts checks that every other member of zod's `z` is in ./classic.ts.
 */
import * as z from "./classic.ts";

export * from "./classic.ts";
export { z, z as default };

/** The members of zod's `z` that ./classic.ts leaves out, and why a Worker does without them. */
export const LEFT_OUT = {
  locales: "translations of the error messages: the Worker answers in English, which the classic schemas install themselves",
  core: "zod's core as a namespace value: the classic API holds what the Worker calls of it",
  compile: "z.compile generates code with new Function, which workerd refuses",
  withParser: "part of z.compile",
  INVALID: "part of z.compile",
  ZodCompileAsyncError: "part of z.compile",
  ZodCompileUnsupportedError: "part of z.compile",
  fromJSONSchema: "builds zod schemas from JSON Schema: the Worker's schemas are written in zod",
} as const;
