import { describe, expect, it } from "vitest";
import { json } from "./fetch";
import { findings } from "./raw-data";

const search = async (q: string): Promise<string[]> =>
  ((await json(`/v1/findings?q=${encodeURIComponent(q)}&limit=1000`)).body.data as { id: string }[]).map((f) => f.id);
const sorted = (ids: string[]) => [...ids].sort();
/** Findings whose searched text holds the exact spelling, read straight from findings.tsv. */
const containing = (text: string) =>
  findings.filter((f) => [f.cargo, f.targets, f.recipient, f.context, f.quote, f.note].join(" ").includes(text)).map((f) => f.id!);

describe("free-text search (q)", () => {
  it("Greek letters, their names and the Latin letter people type are the same", async () => {
    const nfkb = containing("NF-κB");
    expect(nfkb.length).toBeGreaterThan(0);
    for (const q of ["NF-κB", "NF-kB", "nf-kappaB", "NFKB", "nf kappa b"]) expect(sorted(await search(q)), q).toEqual(sorted(nfkb));
    const tgfb = containing("TGF-β");
    expect(tgfb.length).toBeGreaterThan(0);
    for (const q of ["TGF-β", "TGF-beta", "tgf-Beta"]) expect(sorted(await search(q)), q).toEqual(sorted(tgfb));
  });

  it("hyphens and case do not matter: mir214 finds miR-214", async () => {
    const mir214 = findings.filter((f) => f.cargo!.split("|").some((c) => c.startsWith("miR-214"))).map((f) => f.id!);
    expect(mir214.length).toBeGreaterThan(0);
    for (const q of ["mir214", "MIR-214", "miR-214"]) expect(sorted(await search(q)), q).toEqual(expect.arrayContaining(mir214));
  });

  it("several words match in any order, each required", async () => {
    const forward = await search("osteoclast differentiation");
    expect(forward.length).toBeGreaterThan(0);
    expect(sorted(await search("differentiation osteoclast"))).toEqual(sorted(forward));
    const narrower = await search("osteoclast differentiation ferroptosis");
    expect(narrower.every((id) => forward.includes(id))).toBe(true);
    expect(narrower.length).toBeLessThan(forward.length);
  });

  it("accents do not matter", async () => {
    const plain = await search("osteoclast differentiation");
    expect(plain.length).toBeGreaterThan(0);
    expect(sorted(await search("ostéoclast différentiation"))).toEqual(sorted(plain));
  });

  it("results come best match first: a molecule named as cargo outranks a passing mention", async () => {
    const ranked = await search("ferroptosis");
    expect(sorted(ranked)).toEqual(
      sorted(
        containing("ferroptosis")
          .concat(containing("Ferroptosis"))
          .filter((id, i, all) => all.indexOf(id) === i),
      ),
    );
    const cargoFirst = await search("miR-214-3p");
    const top = findings.find((f) => f.id === cargoFirst[0])!;
    expect(top.cargo!.split("|")).toContain("miR-214-3p");
  });

  it("without q, findings keep the file's order", async () => {
    expect(((await json("/v1/findings?limit=1000")).body.data as { id: string }[]).map((f) => f.id)).toEqual(findings.map((f) => f.id));
  });
});
