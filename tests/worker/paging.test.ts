import { describe, expect, it } from "vitest";
import { get, json } from "./fetch";
import { findings, molecules, references, targets } from "./raw-data";

/** RFC 8288 Link header as rel → URL. */
function links(header: string | null): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of (header ?? "").split(",")) {
    const match = /<([^>]+)>\s*;\s*rel="(\w+)"/.exec(part.trim());
    if (match) found[match[2]!] = match[1]!;
  }
  return found;
}

describe("no silent truncation", () => {
  it("CSV and TSV give every matching finding unless a page is asked for, with X-Total-Count", async () => {
    for (const format of ["csv", "tsv"]) {
      const response = await get(`/v1/findings?format=${format}`);
      expect(response.headers.get("X-Total-Count")).toBe(String(findings.length));
      expect(response.headers.get("Link")).toBeNull();
      const lines = (await response.text()).trimEnd().split("\r\n");
      expect(lines.length, format).toBe(findings.length + 1);
    }
    const oc = findings.filter((f) => f.source === "OC");
    const viaAccept = await get("/v1/findings?source=OC", { headers: { Accept: "text/csv" } });
    expect((await viaAccept.text()).trimEnd().split("\r\n").length).toBe(oc.length + 1);
  });

  it("a CSV page asked for is a page, with its Link header", async () => {
    const response = await get("/v1/findings?format=csv&limit=10&offset=20");
    expect(response.headers.get("X-Total-Count")).toBe(String(findings.length));
    const text = await response.text();
    expect(
      text
        .trimEnd()
        .split("\r\n")
        .slice(1)
        .map((line: string) => line.split(",")[0]),
    ).toEqual(findings.slice(20, 30).map((f) => f.id));
    const rel = links(response.headers.get("Link"));
    expect(rel.next).toBe("https://exo-bone.test/v1/findings?format=csv&limit=10&offset=30");
    expect(rel.prev).toBe("https://exo-bone.test/v1/findings?format=csv&limit=10&offset=10");
  });

  it("JSON pages carry meta.next/prev and Link; following next visits every finding once, in order", async () => {
    const seen: string[] = [];
    let url: string | undefined = "/v1/findings?limit=40";
    let pages = 0;
    while (url) {
      const {
        body,
        headers,
      }: { body: { data: { id: string }[]; meta: { total: number; next?: string; prev?: string } }; headers: Headers } = await json(
        url.replace("https://exo-bone.test", ""),
      );
      expect(headers.get("X-Total-Count")).toBe(String(findings.length));
      expect(body.meta.total).toBe(findings.length);
      const rel = links(headers.get("Link"));
      expect(rel.next).toBe(body.meta.next);
      expect(rel.prev).toBe(body.meta.prev);
      if (pages === 0) expect(body.meta.prev).toBeUndefined();
      seen.push(...body.data.map((f) => f.id));
      url = body.meta.next;
      pages++;
    }
    expect(pages).toBe(Math.ceil(findings.length / 40));
    expect(seen).toEqual(findings.map((f) => f.id));
  });

  it("JSON gives 100 findings by default and says where the rest are", async () => {
    const { body } = await json("/v1/findings");
    expect(body.data.length).toBe(Math.min(100, findings.length));
    expect(body.meta).toMatchObject({ total: findings.length, limit: 100, offset: 0 });
    if (findings.length > 100) expect(body.meta.next).toBe("https://exo-bone.test/v1/findings?limit=100&offset=100");
  });

  it("every list route says how many rows it holds", async () => {
    for (const path of ["/v1/sources", "/v1/processes", "/v1/matrix", "/v1/verdicts", "/v1/cell-lines"]) {
      const { body, headers } = await json(path);
      expect(headers.get("X-Total-Count"), path).toBe(String(body.data.length));
    }
    for (const path of ["/v1/findings", "/v1/references", "/v1/molecules", "/v1/targets"]) {
      const { body, headers } = await json(path);
      expect(headers.get("X-Total-Count"), path).toBe(String(body.meta.total));
      expect(body.data.length, path).toBe(Math.min(100, body.meta.total));
    }
  });
});

/** The cell's items, as findings.tsv lists them. */
const items = (cell: string | undefined): string[] => (cell ?? "").split("|").filter(Boolean);
const cargoNames = new Set(findings.flatMap((f) => items(f.cargo)));
const targetNames = new Set(findings.flatMap((f) => items(f.targets)));

/** Each paged list, with its rows' keys in order as the data files give them. */
const pagedLists = [
  { path: "/v1/references", key: "key", expected: references.map((r) => r.key!) },
  { path: "/v1/molecules", key: "name", expected: molecules.map((m) => m.name!).filter((name) => cargoNames.has(name)) },
  { path: "/v1/targets", key: "name", expected: targets.map((t) => t.name!).filter((name) => targetNames.has(name)) },
];

describe.each(pagedLists)("$path pages like /v1/findings", ({ path, key, expected }) => {
  const keys = (rows: Record<string, unknown>[]) => rows.map((row) => row[key]);

  it("JSON answers 100 rows by default, with the total and where the next page is", async () => {
    const { body, headers } = await json(path);
    expect(body.data.length).toBe(Math.min(100, expected.length));
    expect(keys(body.data)).toEqual(expected.slice(0, 100));
    expect(body.meta).toMatchObject({ total: expected.length, limit: 100, offset: 0 });
    expect(headers.get("X-Total-Count")).toBe(String(expected.length));
    if (expected.length > 100) expect(body.meta.next).toBe(`https://exo-bone.test${path}?limit=100&offset=100`);
    else expect(body.meta.next).toBeUndefined();
  });

  it("the first, a middle and the last page: the right rows, Link and meta.next/prev, X-Total-Count", async () => {
    const limit = Math.ceil(expected.length / 3);
    const at = (offset: number) => `https://exo-bone.test${path}?limit=${limit}&offset=${offset}`;
    const pages = [0, limit, 2 * limit];
    for (const offset of pages) {
      const { status, body, headers } = await json(`${path}?limit=${limit}&offset=${offset}`);
      expect(status).toBe(200);
      expect(keys(body.data), `offset ${offset}`).toEqual(expected.slice(offset, offset + limit));
      expect(headers.get("X-Total-Count")).toBe(String(expected.length));
      expect(body.meta).toMatchObject({ total: expected.length, limit, offset });
      const rel = links(headers.get("Link"));
      expect(body.meta.next, `offset ${offset}`).toBe(offset + limit < expected.length ? at(offset + limit) : undefined);
      expect(body.meta.prev, `offset ${offset}`).toBe(offset > 0 ? at(offset - limit) : undefined);
      expect(rel.next).toBe(body.meta.next);
      expect(rel.prev).toBe(body.meta.prev);
    }
    const past = await json(`${path}?offset=${expected.length}`);
    expect(past.body.data).toEqual([]);
    expect(past.body.meta.total).toBe(expected.length);
  });

  it("CSV and TSV give every row unless a page is asked for", async () => {
    for (const format of ["csv", "tsv"]) {
      const response = await get(`${path}?format=${format}`);
      expect(response.headers.get("X-Total-Count")).toBe(String(expected.length));
      expect(response.headers.get("Link")).toBeNull();
      const lines = (await response.text()).trimEnd().split("\r\n");
      expect(lines.length, format).toBe(expected.length + 1);
    }
    const page = await get(`${path}?format=csv&limit=5&offset=5`);
    expect((await page.text()).trimEnd().split("\r\n").length).toBe(6);
    expect(links(page.headers.get("Link")).next).toBe(`https://exo-bone.test${path}?format=csv&limit=5&offset=10`);
  });

  it("refuses a limit or offset outside its range with a problem naming the parameter and the range", async () => {
    for (const [query, param, says] of [
      ["limit=0", "limit", "at least 1"],
      ["limit=1001", "limit", "at most 1000"],
      ["limit=-5", "limit", "from 1 to 1000"],
      ["limit=ten", "limit", "from 1 to 1000"],
      ["offset=-1", "offset", "from 0 to 1000000"],
      ["limit=10&limit=20", "limit", ""],
    ] as const) {
      const { status, body, headers } = await json(`${path}?${query}`);
      expect(status, query).toBe(400);
      expect(headers.get("Content-Type")).toContain("application/problem+json");
      expect(body.errors[0].param, query).toBe(param);
      expect(body.errors[0].message, query).toContain(says);
    }
  });
});
