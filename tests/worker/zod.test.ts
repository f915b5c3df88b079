import { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";

describe("the zod these tests run the Worker with", () => {
  it("is the one the Worker is bundled with (worker/build/zod: no locales)", () => {
    expect("locales" in z).toBe(false);
    expect(typeof z.object).toBe("function");
  });
});
