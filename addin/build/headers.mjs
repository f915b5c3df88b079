/**
 * _headers for Workers Static Assets: the Worker's own security headers do not reach static files,
 * so the pages get theirs here.
 *
 * - script-src: office.js and the scripts it loads come from Microsoft's CDN.
 * - style-src 'unsafe-inline': office.js and Fluent UI set inline styles.
 * - No frame-ancestors: Excel on the web frames the pane (and, in the shared runtime, the
 *   functions) from origins Microsoft does not list — consumer OneDrive, SharePoint tenants,
 *   *.cloud.microsoft, sovereign clouds — and asks for a list are open or unanswered
 *   (OfficeDev/office-js#1005, OfficeDev/office-js-docs-pr#721, #4911). A list that misses one
 *   blocks the whole add-in there; leaving the directive out risks little, since nothing on these
 *   pages acts without office.js, which only works inside Office.
 * - Caching: Office requires image URLs to be cacheable, so icons keep a day (they change only
 *   with a release); chunks have content-hashed names and keep a year. The entry points
 *   (taskpane.html, functions.js, taskpane.js/.css) have the fixed names the manifest and page
 *   point at, so they revalidate (Workers Static Assets' default, with ETags).
 * - the data files: Frictionless tools and notebooks in a browser load them from any origin.
 */
const officeScripts = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];
const officeTelemetry = ["https://browser.pipe.aria.microsoft.com"];

export const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' ${[...officeScripts, ...officeTelemetry].join(" ")}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  `connect-src 'self' ${[...officeScripts, ...officeTelemetry].join(" ")}`,
  `frame-src 'self' ${officeScripts[0]}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

const ICON_CACHE = "public, max-age=86400, stale-while-revalidate=604800";
const CHUNK_CACHE = "public, max-age=31536000, immutable";

export function headersFile() {
  return [
    "/*",
    `  Content-Security-Policy: ${contentSecurityPolicy}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "/assets/*",
    `  Cache-Control: ${ICON_CACHE}`,
    "/chunks/*",
    `  Cache-Control: ${CHUNK_CACHE}`,
    "/datapackage.json",
    "  Access-Control-Allow-Origin: *",
    "/data/*",
    "  Access-Control-Allow-Origin: *",
    "",
  ].join("\n");
}
