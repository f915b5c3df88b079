import { describe, expect, it } from "vitest";
import { dataset } from "../../worker/src/dataset/embedded";

describe("the curated dataset", () => {
  it("loads", () => {
    const ds = dataset();
    expect(ds.findings.length).toBeGreaterThan(100);
  });
});
