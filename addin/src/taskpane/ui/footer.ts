import type { DatasetInfo } from "../types";
import { el } from "./dom";

/** Where the data comes from: the dataset version, the review with its DOI, and the API reference. */
export function footer(info: DatasetInfo, docsUrl: string): HTMLElement {
  // Only web addresses become links: a link from data must never run script when clicked.
  const link = (href: string, text: string) =>
    /^https?:\/\//.test(href) ? el("a", { href, target: "_blank", rel: "noopener noreferrer" }, text) : text;
  return el(
    "footer",
    {},
    el("p", {}, `Dataset ${info.version}: ${info.counts.findings} findings on ${info.counts.sources} sources, ${info.license.title}.`),
    el("p", {}, "Source review: ", link(info.source.url, info.source.title), ` doi:${info.source.doi}`),
    el("p", {}, link(docsUrl, "API documentation")),
  );
}
