// manifest.xml, and the manifest each deployment serves at /manifest.xml: what Excel reads to load the add-in.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OfficeAddinManifest } from "office-addin-manifest";
import { beforeAll, describe, expect, it } from "vitest";
import { inspectManifest, originId } from "../../addin/build/manifest-check.mjs";
import { parseWithOffice } from "../../addin/build/office-parser.mjs";
import app from "../../worker/src/app";
import { originId as workerOriginId } from "../../worker/src/http/origin-id";
import { assetsBinding, ORIGIN, workerFetch } from "./support/worker";

const root = new URL("../../", import.meta.url).pathname;
const manifestPath = join(root, "manifest.xml");
const manifest = readFileSync(manifestPath, "utf8");
const release: string = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version;
/** Version 5 UUIDs of these origins, from Python's uuid.uuid5(uuid.NAMESPACE_URL, origin): an implementation that is not ours. */
const uuid5 = {
  "https://localhost:8787": "fb50af41-0414-5112-a704-6d6fb550194f",
  "https://exo.test": "92f91a4b-6de5-5fcb-a1c1-415e0b69be91",
  "https://exo-bone.example.workers.dev": "edb16e9d-2b56-5350-86b2-cdd61bdfb3c9",
};

/** The Worker as deployed with this PUBLIC_ORIGIN, asked at `url` (whose host is the request's Host header). */
const deployed = (url: string, PUBLIC_ORIGIN?: string) =>
  app.fetch(new Request(url), { ASSETS: assetsBinding, ...(PUBLIC_ORIGIN === undefined ? {} : { PUBLIC_ORIGIN }) });
/** A manifest written to a file of its own, for the tools that read files. */
const file = (xml: string) => {
  const path = join(mkdtempSync(join(tmpdir(), "exo-manifest-")), "manifest.xml");
  writeFileSync(path, xml);
  return path;
};
const detail = async (response: Response) => ((await response.json()) as { detail: string }).detail;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, "addin", "build.mjs")], { cwd: root, stdio: "pipe" });
});

describe("manifest.xml", () => {
  it("parses with office-addin-manifest as an Excel task pane add-in of this release, with the dev origin's id", async () => {
    const info = await OfficeAddinManifest.readManifestFile(manifestPath);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(info.id).toBe(uuid5["https://localhost:8787"]);
    expect(info.version).toBe(`${release}.0`);
    expect(info.providerName).toBe("exo-bone");
  });

  it("passes the structural check: namespace EXO, shared runtime, https only, on the dev origin", async () => {
    const report = await inspectManifest(manifest, { release });
    expect(report.problems).toEqual([]);
    expect(report.namespace).toBe("EXO");
    expect(report.origin).toBe("https://localhost:8787");
    expect(report.urls.every((u) => u.startsWith("https://localhost:8787/"))).toBe(true);
  });

  it("requires no ExcelApi set and has no <TaskpaneId> under the shared runtime's action", () => {
    expect(manifest).not.toMatch(/<Set Name="ExcelApi"/);
    expect(manifest).not.toContain("<TaskpaneId>");
  });

  it("the structural check catches what it is for", async () => {
    const broken = manifest
      .replace('DefaultValue="EXO"', 'DefaultValue="CONTOSO"')
      .replace('lifetime="long"', 'lifetime="short"')
      .replace("https://localhost:8787/functions.json", "http://localhost:8787/functions.json")
      .replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', '<Set Name="ExcelApi" MinVersion="1.13"/>')
      .replace('resid="Icon.80x80"/>', 'resid="Icon.81x81"/>')
      .replace('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane"><TaskpaneId>Pane</TaskpaneId>')
      .replace(uuid5["https://localhost:8787"], uuid5["https://exo.test"]);
    const { problems } = await inspectManifest(broken, { release: "9.9.9" });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("namespace must be EXO, not CONTOSO"),
        expect.stringContaining('one <Runtime lifetime="long">'),
        expect.stringContaining("http://localhost:8787/functions.json is not https"),
        expect.stringContaining("SharedRuntime"),
        expect.stringContaining('resid="Icon.81x81"> names no resource'),
        expect.stringContaining("<TaskpaneId> must not sit under a shared runtime"),
        expect.stringContaining("must not require ExcelApi 1.13"),
        expect.stringContaining(`<Id> must be derived from the origin (${uuid5["https://localhost:8787"]} for https://localhost:8787)`),
        expect.stringContaining("<Version> must follow the release: 9.9.9.0"),
      ]),
    );
  });

  it("ids are version 5 UUIDs of the origin, the same from the build's check and from the Worker", async () => {
    for (const [origin, id] of Object.entries(uuid5)) {
      expect(originId(origin)).toBe(id);
      expect(await workerOriginId(origin)).toBe(id);
    }
  });
});

describe("GET /manifest.xml", () => {
  it("on an https deployment is manifest.xml moved to PUBLIC_ORIGIN with that origin's id, and passes both checks", async () => {
    const response = await workerFetch(`${ORIGIN}/manifest.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("application/xml");
    const served = await response.text();
    expect(served).toBe(
      manifest.replaceAll("https://localhost:8787", ORIGIN).replace(uuid5["https://localhost:8787"], uuid5["https://exo.test"]),
    );
    const report = await inspectManifest(served, { release });
    expect(report.problems).toEqual([]);
    expect(report.origin).toBe(ORIGIN);
    const info = await OfficeAddinManifest.readManifestFile(file(served));
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}/taskpane`);
    expect(info.id).toBe(uuid5["https://exo.test"]);
  });

  it("never takes a URL from a forged Host header", async () => {
    const served = await (await deployed("https://attacker.example/manifest.xml", "https://exo-bone.example.workers.dev")).text();
    expect(served).not.toContain("attacker");
    const report = await inspectManifest(served, { release });
    expect(report.problems).toEqual([]);
    expect(report.origin).toBe("https://exo-bone.example.workers.dev");
    expect(report.id).toBe(uuid5["https://exo-bone.example.workers.dev"]);
  });

  it("on an http origin is a problem that says how to sideload", async () => {
    const response = await deployed("http://127.0.0.1:8787/manifest.xml", "https://localhost:8787");
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toContain("application/problem+json");
    const text = await detail(response);
    expect(text).toContain("only over https");
    expect(text).toContain("npm run start:excel");
    expect(text).toContain("https deployment");
  });

  it("without an https PUBLIC_ORIGIN of its own, a deployment says what to set", async () => {
    for (const configured of [undefined, "", "http://exo.example", "not a url"]) {
      const response = await deployed("https://exo.example/manifest.xml", configured);
      expect(response.status, String(configured)).toBe(503);
      expect(await detail(response)).toContain("PUBLIC_ORIGIN");
    }
    const stillDev = await deployed("https://exo.example/manifest.xml", "https://localhost:8787");
    expect(stillDev.status).toBe(503);
    expect(await detail(stillDev)).toContain("--var PUBLIC_ORIGIN:https://");
  });

  it("answers 200 for every URL the served manifest names", async () => {
    const { urls } = await inspectManifest(await (await workerFetch(`${ORIGIN}/manifest.xml`)).text());
    expect(urls.length).toBeGreaterThanOrEqual(8);
    const statuses = await Promise.all(urls.map(async (url) => [url, (await workerFetch(url)).status]));
    expect(statuses).toEqual(urls.map((url) => [url, 200]));
  });

  it("without a built add-in says how to build it", async () => {
    const unbuilt = { ASSETS: { fetch: async () => new Response("Not found", { status: 404 }) }, PUBLIC_ORIGIN: ORIGIN };
    const response = await app.fetch(new Request(`${ORIGIN}/manifest.xml`), unbuilt);
    expect(response.status).toBe(503);
    expect(await detail(response)).toContain("npm run build");
  });
});

describe("Office's own manifest parser", () => {
  it("reads manifest.xml and every deployment's served manifest", async () => {
    expect(await parseWithOffice(manifestPath)).toEqual({
      id: uuid5["https://localhost:8787"],
      version: release,
      pages: ["https://localhost:8787/taskpane"],
    });
    const served = await (
      await deployed("https://exo-bone.example.workers.dev/manifest.xml", "https://exo-bone.example.workers.dev")
    ).text();
    expect(await parseWithOffice(file(served))).toEqual({
      id: uuid5["https://exo-bone.example.workers.dev"],
      version: release,
      pages: ["https://exo-bone.example.workers.dev/taskpane"],
    });
  });

  it("refuses a manifest Office would refuse", async () => {
    await expect(parseWithOffice(file(manifest.replace(uuid5["https://localhost:8787"], "not-a-guid")))).rejects.toThrow(
      /Office's manifest parser refused .*Manifest/s,
    );
  });
});

describe("npm run validate", () => {
  it("passes: Office's parser, office-addin-manifest, then the structural check", () => {
    const output = execFileSync(process.execPath, [join(root, "addin", "validate-manifest.mjs")], { cwd: root, encoding: "utf8" });
    expect(output).toContain(`Office's parser: OK — id ${uuid5["https://localhost:8787"]}, version ${release}`);
    expect(output).toMatch(new RegExp(`^\\s*Id: ${uuid5["https://localhost:8787"]}$`, "m"));
    expect(output).toContain("Structure: OK — namespace EXO, shared runtime");
  });

  it("fails, naming Office's reason, on a manifest Office refuses", () => {
    const broken = file(manifest.replace('<Namespace resid="Functions.Namespace"/>', "").replace(uuid5["https://localhost:8787"], "nope"));
    const run = () =>
      execFileSync(process.execPath, [join(root, "addin", "validate-manifest.mjs"), broken], {
        cwd: root,
        encoding: "utf8",
        stdio: "pipe",
      });
    expect(run).toThrow(/Office's manifest parser refused/);
  });
});
