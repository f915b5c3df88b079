import { csvUrl, type FindingsQuery, pandasLine, rLine } from "../query";
import { copyText } from "./copy";
import { saveCsv } from "./csv-file";
import { el, uniqueId } from "./dom";
import { button } from "./fluent";

export interface QueryExports {
  element: HTMLElement;
  update(query: FindingsQuery): void;
}

/**
 * The current query outside the pane: the whole answer as CSV, its API URL, and one line each for R
 * and pandas. Each line is shown in a read-only box, so it can be selected by hand where the
 * clipboard is blocked.
 */
export function queryExports(origin: string, say: (status: string) => void, failed: (doing: string, error: unknown) => void): QueryExports {
  const fileName = "exo-bone-findings.csv";
  // The link keeps the API's URL (to copy, or to open where scripts run); a click saves the file.
  const download = el("a", { class: "button-link", download: fileName }, "Download CSV");
  download.addEventListener("click", (event) => {
    event.preventDefault();
    say("Downloading the CSV…");
    saveCsv(download.href, fileName).then(
      () => say(`Sent ${fileName} to your downloads.`),
      (error: unknown) => failed("download the CSV", error),
    );
  });
  const lines = [
    { label: "API URL", of: (url: string) => url },
    { label: "R", of: rLine },
    { label: "pandas", of: pandasLine },
  ].map(({ label, of }) => {
    const id = uniqueId("export");
    const box = el("textarea", { id, readonly: true, rows: "2", class: "code", spellcheck: "false" });
    const copy = button(
      `Copy the ${label} line`,
      () =>
        void copyText(box.value)
          .then((ok) => say(ok ? `${label} line copied.` : `Copying is blocked here: the ${label} line is selected, press Ctrl+C.`))
          .then(() => box.select()),
    );
    return {
      of,
      box,
      field: el("div", { class: "field" }, el("label", { for: id, class: "field-label" }, label), box, el("div", { class: "row" }, copy)),
    };
  });
  return {
    element: el(
      "details",
      { class: "exports" },
      el("summary", {}, "Use this query elsewhere (CSV, URL, R, pandas)"),
      el("div", { class: "row" }, download),
      ...lines.map((l) => l.field),
    ),
    update(query) {
      const url = csvUrl(origin, query);
      download.setAttribute("href", url);
      for (const line of lines) line.box.value = line.of(url);
    },
  };
}
