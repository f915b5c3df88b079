import { describe, expect, it } from "vitest";
import { json } from "./fetch";
import { findingsOf, verdictOf, verdicts } from "./raw-data";

describe("GET /v1/effect", () => {
  it("answers the card example: osteoclast × cartilage, with its evidence", async () => {
    const { status, body } = await json("/v1/effect?source=osteoclast&process=cartilage");
    expect(status).toBe(200);
    expect(body.verdict).toBe(verdictOf("OC", "cartilage"));
    expect(body.source).toBe("OC");
    expect(body.basis).toBe("review");
    const rows = findingsOf("OC", "cartilage");
    expect(body.findings).toEqual(rows.map((f) => f.id));
    expect(body.evidence).toEqual({
      promotes: rows.filter((f) => f.direction === "promotes").length,
      inhibits: rows.filter((f) => f.direction === "inhibits").length,
      no_effect: rows.filter((f) => f.direction === "no_effect").length,
    });
    expect(body.review.quote.length).toBeGreaterThan(0);
  });

  it("returns the verdict's exceptions: each finding with its variant state and direction", async () => {
    for (const v of verdicts) {
      const { body } = await json(`/v1/effect?source=${v.source}&process=${v.process}`);
      const expected = (v.exceptions ? v.exceptions.split("|") : []).map((item) => {
        const [finding, state] = item.split(":");
        return { finding, state, direction: findingsOf(v.source!, v.process).find((f) => f.id === finding)!.direction };
      });
      expect(body.exceptions, `${v.source} × ${v.process}`).toEqual(expected);
    }
    expect(verdicts.some((v) => v.exceptions)).toBe(true);
  });

  it("gives the review's verdict for every source × process", async () => {
    for (const v of verdicts) {
      const { body } = await json(`/v1/effect?source=${v.source}&process=${v.process}`);
      expect(body.verdict, `${v.source} × ${v.process}`).toBe(v.verdict);
    }
  });

  it("derives basis=evidence from the findings alone", async () => {
    for (const v of verdicts) {
      const rows = findingsOf(v.source!, v.process);
      const promotes = rows.some((f) => f.direction === "promotes");
      const inhibits = rows.some((f) => f.direction === "inhibits");
      const expected =
        promotes && inhibits
          ? "mixed"
          : promotes
            ? "promotes"
            : inhibits
              ? "inhibits"
              : v.verdict === "not_studied"
                ? "not_studied"
                : "no_data";
      const { body } = await json(`/v1/effect?source=${v.source}&process=${v.process}&basis=evidence`);
      expect(body.verdict, `${v.source} × ${v.process}`).toBe(expected);
    }
  });

  it.each([
    ["OC", "cartilage"],
    ["oc", "Cartilage"],
    ["osteoclast", "cartilage metabolism"],
    ["Osteoclasts", "CARTILAGE"],
    ["OC-Exos", "cartilage"],
    ["OC-EVs", "cartilage"],
    ["osteoclast-derived exosomes", "cartilage"],
  ])("accepts source %s and process %s", async (source, process) => {
    const { body } = await json(`/v1/effect?source=${encodeURIComponent(source)}&process=${encodeURIComponent(process)}`);
    expect(body.source).toBe("OC");
    expect(body.verdict).toBe(verdictOf("OC", "cartilage"));
  });

  it.each([
    ["formation", "formation"],
    ["bone formation", "formation"],
    ["osteogenesis", "formation"],
    ["resorption", "resorption"],
    ["bone resorption", "resorption"],
    ["osteoclastogenesis", "resorption"],
    ["cartilage metabolism", "cartilage"],
  ])("accepts process alias %s", async (alias, process) => {
    const { body } = await json(`/v1/effect?source=BMSC&process=${encodeURIComponent(alias)}`);
    expect(body.process).toBe(process);
    expect(body.verdict).toBe(verdictOf("BMSC", process));
  });
});
