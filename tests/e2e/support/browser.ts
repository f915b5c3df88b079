import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Host } from "../host/index";
import { ORIGIN } from "./origin";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/";

declare global {
  /** The simulated host's handle, in the page. */
  var __exoHost: Host;
}

let hostScript: Promise<string> | undefined;

/** The simulated Excel host as one classic script, built from tests/e2e/host. */
function simulatedHost(): Promise<string> {
  hostScript ??= build({
    entryPoints: [fileURLToPath(new URL("../host/index.ts", import.meta.url))],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
  }).then((result) => result.outputFiles[0]!.text);
  return hostScript;
}

/** Every browser test runs in the same Chromium as the recalculation storm benchmark. */
export { launchChromium as launch } from "./chromium.mjs";

export interface Pane {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions in the page: a working pane has none. */
  problems: string[];
}

/**
 * Opens the built task pane page as Excel would show it (a narrow pane), with the simulated host
 * served in place of office.js. Nothing else leaves the machine: any other origin is refused.
 */
/** The widths Excel gives a task pane: Mac 270, Windows 320 (default), the web 350, and a widened 450. */
export const PANE_WIDTHS = [270, 320, 350, 450] as const;

/** A pane `width` px wide at `zoom` (2 = 200 %): the page sees width / zoom CSS pixels. */
export interface PaneSize {
  width: number;
  height: number;
  zoom?: number;
  reducedMotion?: boolean;
}

export async function openPane(
  browser: Browser,
  arrange?: (page: Page) => Promise<void>,
  size: PaneSize = { width: 320, height: 800 },
): Promise<Pane> {
  const zoom = size.zoom ?? 1;
  const context = await browser.newContext({
    viewport: { width: Math.round(size.width / zoom), height: Math.round(size.height / zoom) },
    deviceScaleFactor: zoom,
    reducedMotion: size.reducedMotion ? "reduce" : "no-preference",
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(String(error)));
  const script = await simulatedHost();
  await page.route(
    (url) => !url.href.startsWith(ORIGIN),
    (route) =>
      route.request().url().startsWith(OFFICE_CDN)
        ? route.fulfill({ contentType: "text/javascript", body: script })
        : route.abort("blockedbyclient"),
  );
  await arrange?.(page);
  await page.goto(`${ORIGIN}/taskpane.html`);
  await page.getByText(/^Dataset \d/).waitFor();
  return { context, page, problems };
}
