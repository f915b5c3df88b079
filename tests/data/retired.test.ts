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
    expect(ds.retired.map((r) => [r.id, r.retired_in, r.reason, r.names, r.replaced_by])).toEqual(
      retired.map((r) => [r.id, r.retiredIn, r.reason, r.names, r.replacedBy]),
    );
  });

  it("names as replaced_by only current findings of findings.tsv, never a retired id", () => {
    const current = new Set(
      lines("findings.tsv")
        .slice(1)
        .map((l) => l.split("\t")[0]),
    );
    const retiredIds = new Set(retired.map((r) => r.id));
    for (const r of retired) {
      for (const id of r.replacedBy) {
        expect(current.has(id), `${r.id} → ${id}`).toBe(true);
        expect(retiredIds.has(id), `${r.id} → ${id}`).toBe(false);
        expect(ds.index.findingById.get(id)?.id, `${r.id} → ${id}`).toBe(id);
      }
    }
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

  describe("replaced_by", () => {
    const currentIds = lines("findings.tsv")
      .slice(1)
      .map((l) => l.split("\t")[0]!);

    it("loads with current finding ids, one or several (|-separated)", () => {
      const two = `${currentIds[0]}|${currentIds[1]}`;
      expect(problemsAfter("retired.tsv", (l) => setField(l, 2, "replaced_by", two))).toEqual([]);
    });

    it("an id that is not in findings.tsv fails the load with retired.tsv:line: replaced_by", () => {
      expect(problemsAfter("retired.tsv", (l) => setField(l, 3, "replaced_by", `${currentIds[0]}|F-2.9-99`))).toEqual([
        'retired.tsv:3: replaced_by: "F-2.9-99" is not a finding in findings.tsv; name a current finding id that carries the same claim, or leave replaced_by empty',
      ]);
    });

    it("a retired id fails the load, naming the line that retired it", () => {
      const other = field(lines("retired.tsv"), 4, "id");
      expect(problemsAfter("retired.tsv", (l) => setField(l, 2, "replaced_by", other))).toEqual([
        `retired.tsv:2: replaced_by: "${other}" is itself retired (retired.tsv line 4); name the current finding that carries the claim, or leave replaced_by empty`,
      ]);
    });

    it("a value that is not a finding id fails the load", () => {
      expect(problemsAfter("retired.tsv", (l) => setField(l, 2, "replaced_by", "see F-2.3-21"))[0]).toMatch(
        /^retired\.tsv:2: replaced_by: must look like F-2\.1-07/,
      );
    });
  });
});
