/** Text made safe to place in HTML, inside elements and quoted attributes alike. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!);

/** JSON for a <script type="application/ld+json"> block: `<` escaped so no text can close the element. */
export const jsonInHtml = (value: unknown): string => JSON.stringify(value).replace(/</g, "\\u003c");

/** The style every page of the service shares: readable, printable, no script. */
export const pageStyle =
  'body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#201f1e}code,pre{background:#f3f2f1;padding:0 .2em}pre{padding:.5em;overflow-x:auto}table{border-collapse:collapse}td,th{border:1px solid #c8c6c4;padding:.3em .5em;text-align:left;vertical-align:top}section{border-top:1px solid #edebe9;margin-top:1.5rem}a{color:#0f6cbd}';

/** Pages are static HTML: no script may run, styles are inline, nothing may frame them. */
export const pagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'";
