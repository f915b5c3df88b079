import { describe, expect, it } from "vitest";
import { cellOf, columnLetters, firstFilled } from "../../addin/src/taskpane/excel/a1";
import { sheetName, tableName } from "../../addin/src/taskpane/excel/names";
import { findingsPath, queryWords } from "../../addin/src/taskpane/query";
import app from "../../worker/src/app";

describe("the query behind a table", () => {
  it("asks the API for exactly the filters that were set", async () => {
    const path = findingsPath({ sources: ["OC", "CC"], process: "cartilage", direction: "inhibits", q: "  hypertrophy " }, { limit: 1000 });
    expect(path).toBe("/v1/findings?source=OC%2CCC&process=cartilage&direction=inhibits&q=hypertrophy&limit=1000");
    const answer = (await (await app.fetch(new Request(`http://exo-bone.test${path}`))).json()) as {
      data: { source: string; process: string; direction: string }[];
    };
    expect(answer.data.length).toBeGreaterThan(0);
    expect(answer.data.every((f) => ["OC", "CC"].includes(f.source) && f.process === "cartilage" && f.direction === "inhibits")).toBe(true);
    expect(findingsPath({ sources: [] }, { limit: 10, offset: 20 })).toBe("/v1/findings?limit=10&offset=20");
  });

  it("names a table after what it holds, uniquely and as Excel allows", () => {
    expect(tableName(queryWords({ sources: ["OC"], process: "cartilage" }), [])).toBe("EXO_OC_cartilage");
    expect(tableName(queryWords({ sources: [], q: "miR-214-3p & RANKL" }), ["exo_all_miR_214_3p_RANKL"])).toBe(
      "EXO_all_miR_214_3p_RANKL_2",
    );
    expect(tableName(["x".repeat(100)], []).length).toBe(60);
    expect(sheetName("EXO findings", ["EXO findings", "EXO findings (2)"])).toBe("EXO findings (3)");
    expect(sheetName("A".repeat(31), ["A".repeat(31)])).toBe(`${"A".repeat(27)} (2)`);
  });
});

describe("cell addresses in messages", () => {
  it("point at the cell that holds data", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(16383)).toBe("XFD");
    expect(cellOf("Sheet1!B2:K9", 3, 2)).toBe("Sheet1!D5");
    expect(cellOf("'Lab data'!Y10", 0, 3)).toBe("'Lab data'!AB10");
    expect(
      firstFilled([
        ["Empty", "Empty"],
        ["Empty", "String"],
      ]),
    ).toEqual([1, 1]);
    expect(firstFilled([["Empty"]])).toBeUndefined();
  });
});
