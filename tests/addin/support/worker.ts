// The real Worker, in process: static files from dist/addin first (as Workers Static Assets serves
// them), then the Hono app, exactly as a request to `wrangler dev` is routed.
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { Fetch } from "../../../addin/src/client/transport";
import app from "../../../worker/src/app";

export const ORIGIN = "https://exo.test";
export const distDir = new URL("../../../dist/addin/", import.meta.url).pathname;

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".css": "text/css; charset=utf-8",
};

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** _headers rules: a path pattern (with *), then indented `Name: value` lines. */
function headerRules(): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(distDir, "_headers");
  if (!isFile(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    if (!/^\s/.test(line))
      rules.push({
        pattern: new RegExp(
          `^${line
            .trim()
            .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
            .replace(/\*/g, ".*")}$`,
        ),
        headers: [],
      });
    else {
      const colon = line.indexOf(":");
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * A static file for a path, by the default html_handling ("auto-trailing-slash"): /taskpane
 * serves taskpane.html, /taskpane.html redirects to /taskpane; _headers itself is never served.
 */
function staticAsset(request: Request): Response | undefined {
  if (request.method !== "GET" && request.method !== "HEAD") return undefined;
  const path = decodeURIComponent(new URL(request.url).pathname);
  if (path.split("/").some((part) => part === "..") || path === "/_headers") return undefined;
  if (path.endsWith(".html") && isFile(join(distDir, path)))
    return new Response(null, { status: 307, headers: { Location: path.slice(0, -5) } });
  const file = [join(distDir, path), join(distDir, `${path}.html`), join(distDir, path, "index.html")].find(isFile);
  if (!file) return undefined;
  const headers = new Headers({ "Content-Type": types[extname(file)] ?? "application/octet-stream" });
  for (const rule of headerRules()) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers.set(name, value);
  return new Response(readFileSync(file), { status: 200, headers });
}

/** The ASSETS binding the Worker gets: the same files, for code that asks for them. */
export const assetsBinding = {
  fetch: async (request: Request) => staticAsset(request) ?? new Response("Not found", { status: 404 }),
};

/** A fetch that reaches the Worker in process. */
export const workerFetch: Fetch = async (input, init) => {
  const request = new Request(input, init);
  return staticAsset(request) ?? app.fetch(request, { ASSETS: assetsBinding, PUBLIC_ORIGIN: ORIGIN });
};

/** Wraps a fetch to record every request it makes, with the number of calls in each batch. */
export function recording(inner: Fetch) {
  const log: { url: string; method: string; calls: number }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const fetch: Fetch = async (input, init) => {
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as { calls?: unknown[] }) : undefined;
    log.push({ url: input, method: init?.method ?? "GET", calls: body?.calls?.length ?? 0 });
    running++;
    mostAtOnce = Math.max(mostAtOnce, running);
    try {
      return await inner(input, init);
    } finally {
      running--;
    }
  };
  return {
    fetch,
    log,
    get mostAtOnce() {
      return mostAtOnce;
    },
  };
}
