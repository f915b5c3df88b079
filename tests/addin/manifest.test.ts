// The manifest, the built add-in and the Worker that serves them: what Excel reads to load it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { beforeAll, describe, expect, it } from "vitest";
import { inspectManifest } from "../../addin/build/manifest-check.mjs";
import { registrations } from "../../addin/src/functions/registrations";
import app from "../../worker/src/app";
import { distDir, ORIGIN, workerFetch } from "./support/worker";

const root = new URL("../../", import.meta.url).pathname;
const manifestPath = join(root, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const functionIds = ["EFFECT", "FINDINGS", "CARGO", "TARGETS", "SOURCES", "COUNT", "CITATIONS", "NAME", "MATRIX", "VERSION"];

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "addin", "build.mjs")], { cwd: root, stdio: "pipe" });
});

describe("manifest.xml", () => {
  it("parses with office-addin-manifest as an Excel task pane add-in", async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(info.version).toBe("1.0.0.0");
    expect(info.providerName).toBe("exo-bone");
  });

  it("passes the structural check: namespace EXO, shared runtime, https only, on the dev origin", async () => {
    const report = await inspectManifest(manifest);
    expect(report.problems).toEqual([]);
    expect(report.namespace).toBe("EXO");
    expect(report.origin).toBe("https://localhost:8787");
    expect(report.urls.every((u) => u.startsWith("https://localhost:8787/"))).toBe(true);
  });

  it("npm run validate passes: office-addin-manifest info, then the structural check", () => {
    const output = execFileSync(process.execPath, [join(root, "addin", "validate-manifest.mjs")], { cwd: root, encoding: "utf8" });
    expect(output).toMatch(/^\s*Id: 3cfe6aa8-1be1-4cc5-b029-8a6653c836a3$/m);
    expect(output).toContain("Structure: OK — namespace EXO, shared runtime");
  });

  it("the structural check catches what it is for", async () => {
    const broken = manifest
      .replace('DefaultValue="EXO"', 'DefaultValue="CONTOSO"')
      .replace('lifetime="long"', 'lifetime="short"')
      .replace("https://localhost:8787/functions.json", "http://localhost:8787/functions.json")
      .replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', "")
      .replace('resid="Icon.80x80"/>', 'resid="Icon.81x81"/>');
    const { problems } = await inspectManifest(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("namespace must be EXO, not CONTOSO"),
        expect.stringContaining('one <Runtime lifetime="long">'),
        expect.stringContaining("http://localhost:8787/functions.json is not https"),
        expect.stringContaining("SharedRuntime"),
        expect.stringContaining('resid="Icon.81x81"> names no resource'),
      ]),
    );
  });
});

describe("the Worker serves the add-in", () => {
  it("GET /manifest.xml is manifest.xml rewritten for the origin that served it, and passes both checks", async () => {
    const response = await workerFetch(`${ORIGIN}/manifest.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/xml");
    const served = await response.text();
    expect(served).toBe(manifest.replaceAll("https://localhost:8787", ORIGIN));
    const report = await inspectManifest(served);
    expect(report.problems).toEqual([]);
    expect(report.origin).toBe(ORIGIN);
    const file = join(mkdtempSync(join(tmpdir(), "exo-manifest-")), "manifest.xml");
    writeFileSync(file, served);
    expect((await OfficeAddinManifest.readManifestFile(file)).defaultSettings?.sourceLocation).toBe(`${ORIGIN}/taskpane`);
  });

  it("answers 200 for every URL the served manifest names", async () => {
    const { urls } = await inspectManifest(await (await workerFetch(`${ORIGIN}/manifest.xml`)).text());
    expect(urls.length).toBeGreaterThanOrEqual(8);
    const statuses = await Promise.all(urls.map(async (url) => [url, (await workerFetch(url)).status]));
    expect(statuses).toEqual(urls.map((url) => [url, 200]));
  });

  it("serves icons at 16, 32, 64 and 80 px as PNGs of that size", async () => {
    for (const size of [16, 32, 64, 80]) {
      const png = Buffer.from(await (await workerFetch(`${ORIGIN}/assets/icon-${size}.png`)).arrayBuffer());
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("the page loads office.js from one swappable tag, then every bundle, under a Content-Security-Policy", async () => {
    const response = await workerFetch(`${ORIGIN}/taskpane`);
    const html = await response.text();
    expect(html.match(/<script[^>]*office\.js/g)).toEqual(['<script id="office-js" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js']);
    const scripts = [...html.matchAll(/<script type="module" src="\.\/([\w-]+)\.js"><\/script>/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("functions");
    for (const entry of scripts) expect((await workerFetch(`${ORIGIN}/${entry}.js`)).status).toBe(200);
    const csp = response.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/frame-ancestors 'self' .*https:\/\/\*\.officeapps\.live\.com/);
  });

  it("without a built add-in, /manifest.xml says how to build it", async () => {
    const unbuilt = { ASSETS: { fetch: async () => new Response("Not found", { status: 404 }) } };
    const response = await app.fetch(new Request(`${ORIGIN}/manifest.xml`), unbuilt);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { detail: string }).detail).toContain("npm run build");
  });
});

describe("functions.json", () => {
  const metadata = () => JSON.parse(readFileSync(join(distDir, "functions.json"), "utf8")) as {
    functions: { id: string; name: string; description?: string; helpUrl?: string; parameters: { name: string; description?: string; optional?: boolean }[] }[];
  };

  it("lists every EXO function, each registered under its id", () => {
    const ids = metadata().functions.map((f) => f.id);
    expect(ids).toEqual(functionIds);
    expect(Object.keys(registrations).sort()).toEqual([...functionIds].sort());
    expect(metadata().functions.map((f) => f.name)).toEqual(functionIds);
  });

  it("describes every function and parameter, and links each to a section of the Worker's /docs", async () => {
    const docs = await (await workerFetch(`${ORIGIN}/docs`)).text();
    for (const fn of metadata().functions) {
      expect(fn.description, fn.id).toBeTruthy();
      for (const p of fn.parameters) expect(p.description, `${fn.id}(${p.name})`).toBeTruthy();
      const help = new URL(fn.helpUrl!);
      expect(help.origin + help.pathname).toBe("https://localhost:8787/docs");
      expect(docs, fn.helpUrl).toContain(`id="${help.hash.slice(1)}"`);
    }
  });

  it("marks the optional arguments of the issue's signatures", () => {
    const signature = (id: string) =>
      metadata()
        .functions.find((f) => f.id === id)!
        .parameters.map((p) => (p.optional ? `[${p.name}]` : p.name))
        .join(", ");
    expect(signature("EFFECT")).toBe("source, process, [basis]");
    expect(signature("FINDINGS")).toBe("source, [process], [direction]");
    expect(signature("CARGO")).toBe("source, [process], [type]");
    expect(signature("TARGETS")).toBe("source, [process]");
    expect(signature("SOURCES")).toBe("process, [verdict], [basis]");
    expect(signature("COUNT")).toBe("source, process, [direction]");
    expect(signature("CITATIONS")).toBe("source, process");
    expect(signature("NAME")).toBe("code_or_alias");
    expect(signature("MATRIX")).toBe("[basis]");
    expect(signature("VERSION")).toBe("");
  });

  it("is served with CORS, as Excel on the web reads it from an Office origin", async () => {
    const response = await workerFetch(`${ORIGIN}/functions.json`);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });
});
