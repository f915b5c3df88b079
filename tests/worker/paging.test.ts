import { describe, expect, it } from "vitest";
import { get, json } from "./fetch";
import { findings } from "./raw-data";

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
    for (const path of [
      "/v1/sources",
      "/v1/processes",
      "/v1/molecules",
      "/v1/matrix",
      "/v1/references",
      "/v1/verdicts",
      "/v1/cell-lines",
    ]) {
      const { body, headers } = await json(path);
      expect(headers.get("X-Total-Count"), path).toBe(String(body.data.length));
    }
  });
});
