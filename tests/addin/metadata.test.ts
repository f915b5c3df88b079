// functions.json as each deployment serves it, and the static files under Office's hosting rules.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { registrations } from "../../addin/src/functions/registrations";
import app from "../../worker/src/app";
import { assetsBinding, ORIGIN, workerFetch } from "./support/worker";

const root = new URL("../../", import.meta.url).pathname;
const functionIds = [
  "EFFECT",
  "FINDINGS",
  "CARGO",
  "TARGETS",
  "SOURCES",
  "COUNT",
  "CITATIONS",
  "NAME",
  "MATRIX",
  "VERSION",
  "FINDING",
  "CITE",
];

interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: {
    id: string;
    name: string;
    description?: string;
    helpUrl: string;
    options?: { volatile?: boolean };
    result: { type?: string; dimensionality?: string };
    parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
  }[];
}

const served = async (url: string, PUBLIC_ORIGIN = ORIGIN): Promise<Metadata> => {
  const response = await app.fetch(new Request(url), { ASSETS: assetsBinding, PUBLIC_ORIGIN });
  expect(response.status).toBe(200);
  return response.json();
};

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "addin", "build.mjs")], { cwd: root, stdio: "pipe" });
});

describe("GET /functions.json", () => {
  it("lists every EXO function, each registered under its id", async () => {
    const metadata = await served(`${ORIGIN}/functions.json`);
    expect(metadata.functions.map((f) => f.id)).toEqual(functionIds);
    expect(metadata.functions.map((f) => f.name)).toEqual(functionIds);
    expect(Object.keys(registrations).sort()).toEqual([...functionIds].sort());
  });

  it("links every function to a section of the serving deployment's /docs", async () => {
    const docs = await (await workerFetch(`${ORIGIN}/docs`)).text();
    for (const fn of (await served(`${ORIGIN}/functions.json`)).functions) {
      expect(fn.description, fn.id).toBeTruthy();
      for (const p of fn.parameters) expect(p.description, `${fn.id}(${p.name})`).toBeTruthy();
      const help = new URL(fn.helpUrl);
      expect(help.origin + help.pathname).toBe(`${ORIGIN}/docs`);
      expect(docs, fn.helpUrl).toContain(`id="${help.hash.slice(1)}"`);
    }
  });

  it("keeps help links on PUBLIC_ORIGIN under a forged Host, and on the developer's own server over http", async () => {
    const forged = await served("https://attacker.example/functions.json", "https://exo-bone.example.workers.dev");
    expect(forged.functions.map((f) => new URL(f.helpUrl).origin)).toEqual(functionIds.map(() => "https://exo-bone.example.workers.dev"));
    const local = await served("http://127.0.0.1:8787/functions.json", "https://localhost:8787");
    expect(local.functions.map((f) => new URL(f.helpUrl).origin)).toEqual(functionIds.map(() => "http://127.0.0.1:8787"));
  });

  it("is served to Office's origins (CORS) and revalidated, so a new release is not missed for a day", async () => {
    const response = await workerFetch(`${ORIGIN}/functions.json`, { headers: { Origin: "https://excel.officeapps.live.com" } });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Cache-Control")).toBe("no-cache");
  });

  it("marks the optional arguments, the ranges, the card and the volatile function", async () => {
    const metadata = await served(`${ORIGIN}/functions.json`);
    const fn = (id: string) => metadata.functions.find((f) => f.id === id)!;
    const signature = (id: string) =>
      fn(id)
        .parameters.map((p) => (p.optional ? `[${p.name}]` : p.name) + (p.dimensionality === "matrix" ? "…" : ""))
        .join(", ");
    expect(signature("EFFECT")).toBe("source, process, [basis]");
    expect(signature("FINDINGS")).toBe("[source]…, [process], [direction], [type], [text]");
    expect(signature("CARGO")).toBe("source, [process], [type]");
    expect(signature("TARGETS")).toBe("source, [process]");
    expect(signature("SOURCES")).toBe("process, [verdict], [basis]");
    expect(signature("COUNT")).toBe("source, process, [direction]");
    expect(signature("CITATIONS")).toBe("source, process");
    expect(signature("NAME")).toBe("code_or_alias");
    expect(signature("MATRIX")).toBe("[basis]");
    expect(signature("VERSION")).toBe("");
    expect(signature("FINDING")).toBe("id");
    expect(signature("CITE")).toBe("ids…, [style]");
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    expect(fn("FINDING").result.type ?? "any").toBe("any");
    expect(metadata.functions.filter((f) => f.options?.volatile).map((f) => f.id)).toEqual(["VERSION"]);
  });
});

describe("static files under Office's hosting rules", () => {
  const maxAge = (response: Response) => Number(/max-age=(\d+)/.exec(response.headers.get("Cache-Control") ?? "")?.[1] ?? 0);

  it("serves icons at 16, 32, 64 and 80 px as PNGs of that size, cacheable for a day or more", async () => {
    for (const size of [16, 32, 64, 80]) {
      const response = await workerFetch(`${ORIGIN}/assets/icon-${size}.png`);
      const png = Buffer.from(await response.arrayBuffer());
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
      expect(response.headers.get("Cache-Control")).not.toMatch(/no-cache|no-store|must-revalidate/);
      expect(maxAge(response)).toBeGreaterThanOrEqual(86_400);
    }
  });

  it("keeps the content-hashed chunks for a year", async () => {
    const html = await (await workerFetch(`${ORIGIN}/taskpane`)).text();
    const entry = await (await workerFetch(`${ORIGIN}/functions.js`)).text();
    const chunks = [...entry.matchAll(/"\.\/chunks\/([\w-]+\.js)"/g)].map((m) => m[1]!);
    expect(html).toContain("functions.js");
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks) {
      const response = await workerFetch(`${ORIGIN}/chunks/${chunk}`);
      expect(response.status).toBe(200);
      expect(maxAge(response)).toBeGreaterThanOrEqual(31_536_000);
      expect(response.headers.get("Cache-Control")).toContain("immutable");
    }
  });

  it("the page loads office.js from one swappable tag, then every bundle, under a policy that Excel on the web can frame", async () => {
    const response = await workerFetch(`${ORIGIN}/taskpane`);
    const html = await response.text();
    expect(html.match(/<script[^>]*office\.js/g)).toEqual([
      '<script id="office-js" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    ]);
    const scripts = [...html.matchAll(/<script type="module" src="\.\/([\w-]+)\.js"><\/script>/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("functions");
    for (const entry of scripts) expect((await workerFetch(`${ORIGIN}/${entry}.js`)).status).toBe(200);
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).toContain("object-src 'none'");
    // No frame-ancestors: Microsoft lists no complete set of origins that frame Excel on the web (addin/build/headers.mjs says why).
    expect(csp).not.toContain("frame-ancestors");
  });
});
