import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatasetInfo, ListAnswer, MatrixRow, Source } from "../../addin/src/taskpane/types";
import type { Calculated } from "./host/custom-functions";
import { launch, openPane } from "./support/browser";
import { api, findings } from "./support/expect-data";
import { ORIGIN } from "./support/origin";

let browser: Browser;
let page: Page;
let batches = 0;

/** Excel recalculating one formula: `=EXO.NAME(args…)`. */
const calculate = (name: string, ...args: unknown[]): Promise<Calculated> =>
  page.evaluate(([name, args]) => __exoHost.calculate(name as string, ...(args as unknown[])), [name, args] as const);

/** Many formulas recalculated at once, as Excel does when a sheet of them opens. */
const calculateAll = (formulas: [string, ...string[]][]): Promise<Calculated[]> =>
  page.evaluate((formulas) => __exoHost.calculateAll(formulas), formulas);

beforeAll(async () => {
  browser = await launch();
  ({ page } = await openPane(browser));
  page.on("request", (request) => {
    if (request.url() === `${ORIGIN}/v1/batch`) batches++;
  });
});

afterAll(async () => {
  await browser?.close();
});

describe("the custom functions, loaded on the same page as the pane", () => {
  it("are all registered under the ids functions.json gives them", async () => {
    const metadata = await api<{ functions: { id: string }[] }>("/functions.json");
    const registered = await page.evaluate(() => __exoHost.registered());
    expect(registered.sort()).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(registered).toContain("EFFECT");
  });

  it("answer with the API's values, omitted optional arguments passed as null", async () => {
    const effect = await api<{ verdict: string }>("/v1/effect?source=OC&process=cartilage");
    expect(await calculate("EXO.EFFECT", "OC", "cartilage")).toEqual({ value: effect.verdict });

    const oc = await findings("source=OC&process=cartilage");
    const spilled = await calculate("EXO.FINDINGS", "OC-Exos", "cartilage");
    if (!("value" in spilled)) throw new Error(`FINDINGS failed: ${spilled.message}`);
    const grid = spilled.value as string[][];
    expect(grid[0]![0]).toBe("id");
    expect(grid.slice(1).map((r) => r[0])).toEqual(oc.data.map((f) => f.id));

    expect(await calculate("EXO.COUNT", "osteoclast", "cartilage")).toEqual({ value: oc.meta.total });
    const source = await api<Source>("/v1/sources/OC-Exos");
    expect(await calculate("EXO.NAME", "OC-Exos")).toEqual({ value: source.name });
    expect(await calculate("EXO.VERSION")).toEqual({ value: (await api<DatasetInfo>("/v1/dataset")).version });
  });

  it("show a bad argument as #VALUE! with a message naming the valid choices", async () => {
    const result = await calculate("EXO.EFFECT", "osteoclasts-from-mars", "cartilage");
    expect(result).toMatchObject({ error: "#VALUE!" });
    expect("message" in result && result.message).toContain("BMSC, OC, OB");
  });

  it("recalculate a sheet of formulas in one batch request, and the same sheet again from the cache", async () => {
    const matrix = (await api<ListAnswer<MatrixRow>>("/v1/matrix")).data;
    const processes = ["formation", "resorption", "cartilage"] as const;
    const formulas = matrix.flatMap((m) => processes.map((p) => ["EXO.EFFECT", m.source, p] as [string, string, string]));
    const expected = matrix.flatMap((m) => processes.map((p) => m[p]));

    batches = 0;
    const first = await calculateAll(formulas);
    expect(batches).toBe(1);
    first.forEach((cell, i) => {
      if (expected[i] === "no_data") expect(cell).toMatchObject({ error: "#N/A" });
      else expect(cell).toEqual({ value: expected[i]!.replace("_", " ") });
    });

    batches = 0;
    expect(await calculateAll(formulas)).toEqual(first);
    expect(batches).toBe(0);
  });
});
