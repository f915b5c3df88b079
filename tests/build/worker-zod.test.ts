// The Worker is bundled with worker/build/zod (wrangler.jsonc alias) instead of zod's own entry:
// zod's classic API without its locales. These tests keep that module honest against zod itself.
import { describe, expect, it } from "vitest";
import * as zod from "zod";
import * as workerZod from "../../worker/build/zod/index.ts";

const { LEFT_OUT, z } = workerZod;
const members = (namespace: object) => Object.keys(namespace).sort();

describe("the Worker's zod (worker/build/zod)", () => {
  it("has every member of zod's z but those it says it leaves out, as the same values", () => {
    const left = Object.keys(LEFT_OUT);
    expect(left.filter((name) => !(name in zod.z))).toEqual([]);
    expect(members(z)).toEqual(members(zod.z).filter((name) => !left.includes(name)));
    for (const name of members(z)) expect(z[name as keyof typeof z], name).toBe(zod.z[name as keyof typeof zod.z]);
  });

  it("leaves out the locales, and still answers in zod's English", () => {
    expect("locales" in z).toBe(false);
    const given = { calls: "all of them", limit: -1 };
    const schema = z.object({ calls: z.array(z.string()), limit: z.number().min(0), source: z.enum(["OC", "OB"]) });
    const reference = zod.z.object({ calls: zod.z.array(zod.z.string()), limit: zod.z.number().min(0), source: zod.z.enum(["OC", "OB"]) });
    const messages = schema.safeParse(given).error?.issues.map((issue) => issue.message);
    expect(messages).toEqual([
      "Invalid input: expected array, received string",
      "Too small: expected number to be >=0",
      'Invalid option: expected one of "OC"|"OB"',
    ]);
    expect(messages).toEqual(reference.safeParse(given).error?.issues.map((issue) => issue.message));
  });
});
