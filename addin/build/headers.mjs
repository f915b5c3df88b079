/**
 * _headers for Workers Static Assets: the Worker's own security headers do not reach static files,
 * so the pages get theirs here.
 *
 * - script-src: office.js and the scripts it loads come from Microsoft's CDN.
 * - style-src 'unsafe-inline': office.js and Fluent UI set inline styles.
 * - frame-ancestors: Excel on the web shows the pane in a frame of an Office origin.
 * - functions.json: Excel on the web reads it from an Office origin, so it needs CORS.
 * - the data files: Frictionless tools and notebooks in a browser load them from any origin.
 */
const officeScripts = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];
const officeTelemetry = ["https://browser.pipe.aria.microsoft.com"];
const officeFrames = [
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.office.net",
  "https://*.sharepoint.com",
  "https://*.cloud.microsoft",
];

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
  `frame-ancestors 'self' ${officeFrames.join(" ")}`,
].join("; ");

export function headersFile() {
  return [
    "/*",
    `  Content-Security-Policy: ${contentSecurityPolicy}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "/functions.json",
    "  Access-Control-Allow-Origin: *",
    "/datapackage.json",
    "  Access-Control-Allow-Origin: *",
    "/data/*",
    "  Access-Control-Allow-Origin: *",
    "",
  ].join("\n");
}
