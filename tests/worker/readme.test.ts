import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import readme from "../../README.md?raw";
import { post } from "./fetch";

/** The README's HTTP API section: every request it shows is run here and its printed answer checked. */
const section = readme.slice(readme.indexOf("## HTTP API"), readme.indexOf("## Use it in Excel"));

interface ShownRequest {
  command: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** -o: the answer is saved, not printed. */
  saved: boolean;
  /** -I: the status line and headers are printed. */
  headOnly: boolean;
  printed: string[];
}

/** Splits a shell command line into words, honouring single quotes (all the README uses). */
const words = (line: string): string[] => [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]!);

function shownRequests(): ShownRequest[] {
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) => {
    const lines = block.replace(/\\\n\s*/g, " ").split("\n");
    const requests: ShownRequest[] = [];
    for (const line of lines) {
      if (line.startsWith("curl ")) {
        const argv = words(line).slice(1);
        const request: ShownRequest = { command: line, url: "", method: "GET", headers: {}, saved: false, headOnly: false, printed: [] };
        for (let i = 0; i < argv.length; i++) {
          const arg = argv[i]!;
          if (arg === "-X") request.method = argv[++i]!;
          else if (arg === "-H") {
            const [name, ...value] = argv[++i]!.split(":");
            request.headers[name!.trim()] = value.join(":").trim();
          } else if (arg === "-d") request.body = argv[++i]!;
          else if (arg === "-o") {
            request.saved = true;
            i++;
          } else if (arg === "-sI" || arg === "-I") request.headOnly = true;
          else if (arg.startsWith("http")) request.url = arg;
        }
        if (request.headOnly) request.method = "HEAD";
        requests.push(request);
      } else if (line.startsWith("# ") && requests.length > 0) requests.at(-1)!.printed.push(line.slice(2));
    }
    return requests;
  });
}

/** What the README prints, as a pattern: `…` stands for any text. */
const pattern = (printed: string): RegExp =>
  new RegExp(
    `^${printed
      .split("…")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\S]*")}$`,
  );

/** The request sent to the Worker as written, so links in its answer name http://localhost:8787. */
const send = (r: ShownRequest) => SELF.fetch(r.url, { method: r.method, headers: r.headers, ...(r.body ? { body: r.body } : {}) });

describe("the README's HTTP API section", () => {
  const requests = shownRequests();

  it("shows requests, each with its answer or saving it", () => {
    expect(requests.length).toBeGreaterThanOrEqual(8);
    for (const r of requests) expect(r.saved || r.printed.length > 0, r.command).toBe(true);
  });

  it.each(requests.map((r) => [r.command, r] as const))("%s", async (_command, r) => {
    const response = await send(r);
    expect(response.status, r.command).toBeLessThan(500);
    if (r.saved) {
      expect(response.status).toBe(200);
      const rows = (await response.text()).trimEnd().split("\r\n").length - 1;
      expect(rows, "every row, not a page").toBe(Number(response.headers.get("X-Total-Count")));
      expect(response.headers.get("Link")).toBeNull();
      return;
    }
    if (r.headOnly) {
      const [status, ...headers] = r.printed;
      expect(`HTTP/1.1 ${response.status} ${response.statusText || "OK"}`).toMatch(pattern(status!));
      const answered = [...response.headers].map(([name, value]) => `${name}: ${value}`);
      for (const line of headers)
        expect(
          answered.some((h) => pattern(line.replace(/^[^:]+/, (n) => n.toLowerCase())).test(h)),
          `${r.command}\n${line}\n${answered.join("\n")}`,
        ).toBe(true);
      return;
    }
    expect(await response.text(), r.command).toMatch(pattern(r.printed.join("\n")));
  });

  it("the R and pandas examples read whole tables (no limit), as CSV", async () => {
    const urls = [...section.matchAll(/(?:read\.csv|read_csv)\("([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBe(4);
    for (const url of urls) {
      expect(url).not.toContain("limit=");
      const response = await SELF.fetch(url);
      expect(response.headers.get("Content-Type")).toContain("text/csv");
      const rows = (await response.text()).trimEnd().split("\r\n").length - 1;
      expect(rows).toBe(Number(response.headers.get("X-Total-Count")));
      expect(rows).toBeGreaterThan(0);
    }
  });
});

/** The README's table of Excel functions: each example's shown answer is what its lookup gives. */
describe("the README's Excel functions", () => {
  const table = readme.slice(readme.indexOf("## Use it in Excel"));
  // | `EXO.COUNT(…)` | `=EXO.COUNT("BMSC","formation")` | `17` |: the example's arguments and the
  // answer's leading `values`, up to the first word that is not one ("down a column", "(also …").
  const rows = [...table.matchAll(/^\| `EXO\.(\w+)\([^`]*\)` \| `=EXO\.\w+\(((?:"[^"]*",?)+)\)` \| ((?:`[^`]+`(?:, )?)+)(…)?/gm)].map(
    (m) => ({
      fn: m[1]!.toLowerCase(),
      args: [...m[2]!.matchAll(/"([^"]*)"/g)].map((a) => a[1]!),
      shown: [...m[3]!.matchAll(/`([^`]+)`/g)].map((v) => v[1]!),
      /** "…" after the values: the list goes on. */
      goesOn: m[4] !== undefined,
    }),
  );
  /** What a cell shows of each lookup's value: a verdict in words, a number, a name, or a list down a column. */
  const cells: Record<string, (value: unknown) => string[]> = {
    effect: (value) => [(value as { verdict: string }).verdict.replace("_", " ")],
    count: (value) => [String(value)],
    name: (value) => [String(value)],
    cargo: (value) => value as string[],
    targets: (value) => value as string[],
    citations: (value) => value as string[],
  };

  it("shows the answer its lookup gives, for every function with a quoted example", async () => {
    expect(rows.map((r) => r.fn).sort()).toEqual(Object.keys(cells).sort());
    const response = await post("/v1/batch", { calls: rows.map(({ fn, args }) => ({ fn, args })) });
    const { results } = (await response.json()) as { results: { value: unknown }[] };
    rows.forEach((row, i) => {
      const given = cells[row.fn]!(results[i]!.value);
      expect(row.goesOn ? given.slice(0, row.shown.length) : given, `EXO.${row.fn.toUpperCase()}(${row.args.join(", ")})`).toEqual(
        row.shown,
      );
    });
  });
});
