import { describe, expect, it } from "vitest";
import { dataset } from "../../worker/src/dataset/embedded";
import { retired } from "./retired";

const ds = dataset();

describe("retired finding ids (data/retired.tsv)", () => {
  it("lists ids in the finding-id form, each once, with the release and a reason", () => {
    expect(retired.length).toBeGreaterThan(0);
    for (const r of retired) {
      expect(r.id).toMatch(/^F-\d+(\.\d+)+-\d{2}$/);
      expect(r.retiredIn).toMatch(/^\d+\.\d+\.\d+$/);
      expect(r.reason.length, r.id).toBeGreaterThan(20);
    }
    expect(new Set(retired.map((r) => r.id)).size).toBe(retired.length);
  });

  it("never reuses a retired id in findings.tsv", () => {
    for (const r of retired) expect(ds.index.findingById.get(r.id), r.id).toBeUndefined();
  });
});
