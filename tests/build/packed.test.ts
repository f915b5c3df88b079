import { describe, expect, it } from "vitest";
import { pack, unpack } from "../../worker/src/dataset/packed";

describe("pack and unpack", () => {
  it("bring back Maps (with object keys) and objects reached along several paths as one object", () => {
    type Row = { id: string; cargo: string[]; count: number; model: string | null; flag: boolean };
    const finding: Row = { id: "F-2.1-01", cargo: ["miR-214-3p"], count: 3, model: null, flag: true };
    const other: Row = { id: "F-2.1-02", cargo: [], count: 0, model: "in vitro", flag: false };
    const value = {
      findings: [finding, other],
      byId: new Map([
        ["F-2.1-01", finding],
        ["F-2.1-02", other],
      ]),
      position: new Map([
        [finding, 0],
        [other, 1],
      ]),
      buckets: new Map([["OC|cartilage", [finding]]]),
    };
    const back = unpack(pack(value)) as typeof value;
    expect(back).toEqual(value);
    expect(back.byId.get("F-2.1-01")).toBe(back.findings[0]);
    expect(back.buckets.get("OC|cartilage")![0]).toBe(back.findings[0]);
    expect(back.position.get(back.findings[1]!)).toBe(1);
  });

  it("writes ASCII text that brings back every character (the isolate keeps it one byte per character)", () => {
    const value = { quote: "TGF-β1 – 10 µg/mL, 37 °C", astral: "𝛼-SMA", nul: "\u0000", edge: "\u007f\u0080\uffff" };
    const text = pack(value);
    expect([...text].filter((c) => c.charCodeAt(0) > 0x7f)).toEqual([]);
    expect(unpack(text)).toEqual(value);
  });

  it("refuses what JSON would carry wrongly: cycles, NaN, class instances", () => {
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(() => pack(cycle)).toThrow(/cycle/);
    expect(() => pack({ n: Number.NaN })).toThrow(/NaN/);
    expect(() => pack({ when: new Date(0) })).toThrow(/Date/);
  });
});
