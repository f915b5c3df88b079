import { describe, expect, it } from "vitest";
import { dataset } from "../../worker/src/dataset/embedded";
import { field, lines, problemsAfter, setField } from "./broken-copy";
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

  it("is loaded by the dataset loader, row for row", () => {
    expect(ds.retired.map((r) => [r.id, r.retired_in, r.reason, r.names])).toEqual(
      retired.map((r) => [r.id, r.retiredIn, r.reason, r.names]),
    );
  });

  it("a broken row fails the load with retired.tsv:line: column", () => {
    expect(problemsAfter("retired.tsv", (l) => setField(l, 2, "retired_in", "soon"))[0]).toMatch(/^retired\.tsv:2: retired_in: /);
    expect(problemsAfter("retired.tsv", (l) => setField(l, 3, "reason", ""))[0]).toMatch(/^retired\.tsv:3: reason: is empty/);
    expect(problemsAfter("retired.tsv", (l) => [...l, l[1]!])).toContainEqual(
      expect.stringMatching(/^retired\.tsv:\d+: retired finding id: /),
    );
  });

  it("a retired id used again in findings.tsv fails the load", () => {
    const current = field(lines("findings.tsv"), 2, "id");
    const problems = problemsAfter("retired.tsv", (l) => setField(l, 2, "id", current));
    expect(problems).toContainEqual(
      `retired.tsv:2: id: "${current}" is retired but findings.tsv uses it on line 2; a retired id is never reused`,
    );
  });
});
