import { describe, expect, it } from "vitest";
import { get, post } from "./fetch";
import { findingsOf, sources } from "./raw-data";

const MiB = 1024 * 1024;

/** Sends a batch and reads the answer as bytes, to check its size before trusting its JSON. */
async function worst(calls: unknown[]) {
  const response = await post("/v1/batch", { calls });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const body = JSON.parse(new TextDecoder().decode(bytes)) as {
    results: { value?: { data: { id: string }[] }; error?: { code: string; message: string; suggestion?: string } }[];
  };
  return { status: response.status, bytes: bytes.length, results: body.results };
}

/** Every call after the first too_large is too_large too, and each says how to narrow it. */
function expectBudgetTail(results: { error?: { code: string; message: string } }[]) {
  const first = results.findIndex((r) => r.error?.code === "too_large");
  expect(first).toBeGreaterThan(0);
  for (const result of results.slice(first)) {
    expect(result.error?.code).toBe("too_large");
    expect(result.error?.message).toMatch(/another request|narrow/);
  }
  return first;
}

describe("every answer stays within its budget, whatever the input", () => {
  it("1,000 × the largest FINDINGS call: one computation, a bounded answer, too_large for the rest", async () => {
    const largest = sources.map((s) => s.code!).sort((a, b) => findingsOf(b).length - findingsOf(a).length)[0]!;
    const { status, bytes, results } = await worst(Array.from({ length: 1000 }, () => ({ fn: "findings", args: [largest] })));
    expect(status).toBe(200);
    expect(bytes).toBeLessThanOrEqual(4 * MiB);
    expect(results).toHaveLength(1000);
    const first = expectBudgetTail(results);
    const expected = findingsOf(largest).map((f) => f.id);
    for (const result of results.slice(0, first)) expect(result.value?.data.map((f) => f.id)).toEqual(expected);
  });

  it("1,000 distinct large calls (every spelling of every source, each process) stay within 4 MiB", async () => {
    const spellings = sources.flatMap((s) => [s.code!, s.code!.toLowerCase(), s.name!, ...s.aliases!.split("|").filter(Boolean)]);
    const calls = Array.from({ length: 1000 }, (_, i) => ({
      fn: "findings",
      args: [spellings[i % spellings.length]! + " ".repeat(Math.floor(i / spellings.length))],
    }));
    const { status, bytes, results } = await worst(calls);
    expect(status).toBe(200);
    expect(bytes).toBeLessThanOrEqual(4 * MiB);
    expect(results).toHaveLength(1000);
    expectBudgetTail(results);
  });

  it("1,000 misspelt sources: suggestions for the first ten errors only", async () => {
    const calls = Array.from({ length: 1000 }, (_, i) => ({
      fn: "effect",
      args: [`${" ".repeat(i % 500)}BMSX${" ".repeat(Math.floor(i / 500))}`, "formation"],
    }));
    const { status, bytes, results } = await worst(calls);
    expect(status).toBe(200);
    expect(bytes).toBeLessThanOrEqual(4 * MiB);
    const errors = results.map((r) => r.error);
    expect(errors.every((e) => e?.code === "bad_argument")).toBe(true);
    expect(errors.slice(0, 10).map((e) => e?.suggestion)).toEqual(Array(10).fill("BMSC"));
    expect(errors.slice(10).filter((e) => e?.suggestion !== undefined)).toEqual([]);
  });

  it("1,000 unknown 1,000-character values are refused call by call, cheaply", async () => {
    const calls = Array.from({ length: 1000 }, (_, i) => ({ fn: "count", args: [`${i}`.padEnd(1000, "x"), "osteogenesis!"] }));
    const { status, bytes, results } = await worst(calls);
    expect(status).toBe(200);
    expect(bytes).toBeLessThanOrEqual(4 * MiB);
    expect(results.every((r) => r.error?.code === "bad_argument")).toBe(true);
  });

  it("the largest GET answers (every finding as JSON and CSV) stay within 4 MiB", async () => {
    for (const path of ["/v1/findings?limit=1000", "/v1/findings?limit=1000&format=csv", "/v1/network", "/v1/references?format=tsv"]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect((await response.arrayBuffer()).byteLength, path).toBeLessThanOrEqual(4 * MiB);
    }
  });
});

describe("POST /v1/batch is rate limited per client", () => {
  it("answers 429 with Retry-After and a problem once a client sends too many, and serves other clients", async () => {
    const send = (ip: string) =>
      post("/v1/batch", { calls: [{ fn: "version" }] }, { "Content-Type": "application/json", "CF-Connecting-IP": ip });
    let refused: Response | undefined;
    // The limit is 120 a minute; twice that finds it even if a new window starts meanwhile.
    for (let i = 0; i < 250 && !refused; i++) {
      const response = await send("203.0.113.7");
      if (response.status === 429) refused = response;
      else {
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      }
    }
    expect(refused).toBeDefined();
    expect(refused!.headers.get("Retry-After")).toBe("60");
    expect(refused!.headers.get("Content-Type")).toContain("application/problem+json");
    const problem = (await refused!.json()) as { status: number; detail: string };
    expect(problem.status).toBe(429);
    expect(problem.detail).toContain("Retry-After");
    const other = await send("198.51.100.9");
    expect(other.status).toBe(200);
  });
});
