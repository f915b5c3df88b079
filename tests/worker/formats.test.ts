import { describe, expect, it } from "vitest";
import { get, json } from "./fetch";

/** An RFC 4180 reader, enough to prove the CSV round-trips to the JSON rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += ch;
  }
  return rows;
}

const asText = (value: unknown) => (Array.isArray(value) ? value.join("|") : String(value));

describe("CSV and TSV", () => {
  it("findings as CSV round-trip to the JSON rows, header first", async () => {
    const { body } = await json("/v1/findings?source=OC&limit=1000");
    const response = await get("/v1/findings?source=OC&format=csv&limit=1000");
    expect(response.headers.get("Content-Type")).toContain("text/csv");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="exo-bone-findings.csv"');
    const [header, ...rows] = parseCsv(await response.text());
    expect(header).toEqual(Object.keys(body.data[0]));
    expect(rows).toEqual(body.data.map((f: Record<string, unknown>) => header!.map((column) => asText(f[column]))));
  });

  it("the Accept header selects TSV, which round-trips too", async () => {
    const { body } = await json("/v1/matrix");
    const response = await get("/v1/matrix", { headers: { Accept: "text/tab-separated-values" } });
    expect(response.headers.get("Content-Type")).toContain("text/tab-separated-values");
    const [header, ...rows] = (await response.text())
      .trimEnd()
      .split("\r\n")
      .map((line: string) => line.split("\t"));
    expect(header).toEqual(["source", "name", "group", "formation", "resorption", "cartilage"]);
    expect(rows).toEqual(body.data.map((r: Record<string, unknown>) => header!.map((c: string) => asText(r[c]))));
  });

  it("quotes fields holding commas and quotes per RFC 4180", async () => {
    const text = await (await get("/v1/references?format=csv")).text();
    expect(text).toContain('"Sun et al., 2016",Sun,2016,');
  });

  it("an empty result still has its header row", async () => {
    const text = await (await get("/v1/findings?q=zzzznothing&format=csv")).text();
    expect(text.trimEnd().split("\r\n")).toHaveLength(1);
    expect(text.startsWith("id,section,source,")).toBe(true);
  });

  it("every list route answers CSV", async () => {
    for (const path of ["/v1/sources", "/v1/processes", "/v1/molecules", "/v1/matrix", "/v1/references", "/v1/findings"]) {
      const response = await get(`${path}?format=csv`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Content-Type"), path).toContain("text/csv");
    }
  });
});
