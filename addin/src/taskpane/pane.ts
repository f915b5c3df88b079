import type { Service } from "./actions";
import { emptyAdvice } from "./advice";
import { type Api, answers, read } from "./api";
import { citationDois } from "./citation-dois";
import type { SavedQuery } from "./excel/saved";
import { insertActions } from "./insert-actions";
import { errorMessage } from "./messages";
import { type FindingsQuery, findingsFormula, findingsPath } from "./query";
import type { DatasetInfo, Finding, ListAnswer, Source } from "./types";
import { busy as busyBar } from "./ui/busy";
import { columnPicker } from "./ui/column-picker";
import { detail as detailPanel } from "./ui/detail";
import { el } from "./ui/dom";
import { filters as filterFields } from "./ui/filters";
import { button, type FluentControl, section } from "./ui/fluent";
import { footer } from "./ui/footer";
import { matrixSection } from "./ui/matrix-section";
import { notice as noticeBar } from "./ui/notice";
import { preview as previewCards } from "./ui/preview";
import { queryExports } from "./ui/query-exports";
import { sourcePicker } from "./ui/source-picker";
import { tablesSection } from "./ui/tables-section";

const PAGE_ROWS = 10;
const TYPING_PAUSE_MS = 300;

export interface PaneOptions {
  api: Api;
  /** The origin of the service: the API URLs the pane shows and writes into captions start with it. */
  origin: string;
  /** The API reference the footer links to. */
  docsUrl: string;
  /** Outside Excel (a plain browser) the pane can still search, but has no workbook to write to. */
  inExcel: boolean;
}

/** Builds the task pane into `root` once the sources and the dataset's description have loaded. */
export async function mountPane(root: HTMLElement, options: PaneOptions): Promise<void> {
  const { api } = options;
  const countLine = el("p", { class: "count", role: "status", tabindex: "-1" }, "Counting…");
  const notice = noticeBar(() => countLine);
  const busy = busyBar(root);
  const say = el("p", { class: "visually-hidden", role: "status" });
  root.replaceChildren(
    el(
      "header",
      {},
      el("h1", {}, "exo-bone"),
      el("p", {}, "Findings on how exosomes from each cell type act on bone and cartilage, from one review."),
    ),
    busy.element,
    notice.element,
    say,
  );

  let sources: ListAnswer<Source>;
  let info: DatasetInfo;
  try {
    [sources, info] = await busy.during("Loading the sources…", () =>
      Promise.all([read(api, "/v1/sources", answers.sources), read(api, "/v1/dataset", answers.dataset)]),
    );
  } catch (error) {
    notice.show("error", [errorMessage("load the list of sources from the exo-bone service", error)], {
      actions: [{ label: "Try again", run: () => void mountPane(root, options) }],
      focus: true,
    });
    return;
  }
  const service: Service = { api, origin: options.origin, info };
  const status = (text: string) => (say.textContent = text);

  const actionButtons: FluentControl[] = [];
  const tableButtons: FluentControl[] = [];
  const canInsert = () => options.inExcel && matching > 0 && !countFailed;
  /** Runs one Excel action at a time, with the buttons off and any failure said in words; its notice takes the focus. */
  const act = async (doing: string, work: () => Promise<void>) => {
    notice.clear();
    for (const b of [...actionButtons, ...tableButtons]) b.disabled = true;
    try {
      await work();
    } catch (error) {
      notice.show("error", [errorMessage(doing, error)], { focus: true });
    } finally {
      for (const b of [...actionButtons, ...tableButtons]) b.disabled = !options.inExcel;
      insertButton.disabled = formulaButton.disabled = !canInsert();
    }
  };

  // The query builder, its live count and preview.
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let matching = 0;
  let countFailed = false;
  let shown: Finding[] = [];
  let wasEmpty = false;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void count(), delay);
  };
  const picker = sourcePicker(sources.data, () => schedule(0));
  const fields = filterFields(
    () => schedule(0),
    () => schedule(TYPING_PAUSE_MS),
  );
  const columns = columnPicker(() => {});
  const query = (): FindingsQuery => ({ sources: picker.selected(), ...fields.read() });
  const exports = queryExports(options.origin, status, (doing, error) =>
    notice.show("error", [errorMessage(doing, error)], { focus: true }),
  );

  /** The card button that opened the detail: the focus goes back to it when the detail closes. */
  let opener: HTMLElement | undefined;
  const closeDetail = () => {
    preview.mark(undefined);
    detail.show(undefined);
    (opener?.isConnected ? opener : countLine).focus();
  };
  // The cited works' DOIs, fetched once in the background: until they arrive the detail links the review only.
  let dois: ReadonlyMap<string, string> = new Map();
  void citationDois(api).then(
    (found) => (dois = found),
    () => {},
  );
  const detail = detailPanel(info, () => dois, closeDetail, status);
  const preview = previewCards(
    (finding) => {
      opener = preview.mark(finding.id);
      detail.show(finding);
    },
    () => void more(),
  );
  const resetButton = button("Reset all filters", () => {
    picker.set([]);
    fields.set({});
    schedule(0);
    status("Every filter reset: all findings count.");
  });

  async function count() {
    const ticket = ++latest;
    const asked = query();
    exports.update(asked);
    try {
      const answer = await busy.during("Counting the matching findings…", () =>
        read(api, findingsPath(asked, { limit: PAGE_ROWS }), answers.findings),
      );
      if (ticket !== latest) return;
      shown = answer.data;
      matching = answer.meta.total;
      countLine.textContent = `${matching} finding${matching === 1 ? "" : "s"} match.`;
      preview.show(shown, matching);
      detail.show(undefined);
      if (countFailed) notice.clear();
      countFailed = false;
      if (matching === 0) {
        // The advice costs a few more counts; if they fail, the general advice still helps.
        const advice = await emptyAdvice(api, asked).catch(() => "No finding matches. Loosen a filter, or Reset all filters.");
        if (ticket === latest) notice.show("info", [advice], { actions: [{ label: "Reset all filters", run: () => resetButton.click() }] });
      } else if (wasEmpty) notice.clear();
      wasEmpty = matching === 0;
    } catch (error) {
      if (ticket !== latest) return;
      countFailed = true;
      shown = [];
      matching = 0;
      countLine.textContent = "The matching findings could not be counted.";
      preview.clear("Nothing to preview: the count failed.");
      detail.show(undefined);
      // While someone types, the failure is announced but takes neither the focus nor the scroll.
      notice.show("error", [errorMessage("count the matching findings", error)], {
        actions: [{ label: "Try again", run: () => schedule(0) }],
      });
    } finally {
      if (ticket === latest) insertButton.disabled = formulaButton.disabled = !canInsert();
    }
  }

  async function more() {
    const ticket = latest;
    try {
      const answer = await busy.during("Loading more findings…", () =>
        read(api, findingsPath(query(), { limit: PAGE_ROWS * 5, offset: shown.length }), answers.findings),
      );
      if (ticket !== latest) return;
      shown = [...shown, ...answer.data];
      preview.show(shown, matching);
      status(`Showing ${shown.length} of ${matching}.`);
    } catch (error) {
      notice.show("error", [errorMessage("load more findings", error)], {
        actions: [{ label: "Try again", run: () => void more() }],
        focus: true,
      });
    }
  }

  const inserts = insertActions({ service, act, busy, notice, listTables: () => listTables() });
  const insertButton = button(
    "Insert table",
    () => {
      const saved: SavedQuery = { kind: "findings", query: query(), columns: columns.selected() };
      if (saved.columns.length === 0)
        return notice.show("warning", ["Tick at least one column for the table (under Columns)."], { focus: true });
      void inserts.table(saved, "Fetching the matching findings…", "finding");
    },
    "accent",
  );
  insertButton.setAttribute("aria-label", "Insert table at the selected cell");
  const formulaButton = button("Insert as formula", () => {
    void inserts.formula(findingsFormula(query()));
  });
  insertButton.disabled = formulaButton.disabled = true;

  // Tables already in the workbook, each managed on its own, and Refresh all.
  const tables = tablesSection({
    service,
    act,
    busy,
    notice,
    status,
    buttons: tableButtons,
    inExcel: options.inExcel,
    edit(table) {
      if (table.query.kind !== "findings") return;
      picker.set(table.query.query.sources);
      fields.set(table.query.query);
      columns.set(table.query.columns);
      schedule(0);
    },
  });
  const listTables = tables.list;

  const matrix = matrixSection((saved) => void inserts.table(saved, "Fetching the verdict matrix…", "source"));
  actionButtons.push(insertButton, formulaButton, tables.refreshAll, matrix.button);
  if (!options.inExcel) {
    for (const b of actionButtons) b.disabled = true;
    notice.show("info", ["Open this pane from Excel to insert tables; here you can search the findings."]);
  }

  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && detail.open) closeDetail();
  });

  const actionBar = el(
    "div",
    { class: "action-bar", role: "region", "aria-label": "Count and insert" },
    countLine,
    el("div", { class: "row" }, insertButton, formulaButton),
  );
  root.insertBefore(actionBar, busy.element);
  root.append(
    section("Find findings", picker.element, fields.element, el("div", { class: "row" }, resetButton), columns.element),
    section("Matching findings", preview.element, detail.element, exports.element),
    tables.element,
    matrix.element,
    footer(info, options.docsUrl),
  );
  await Promise.all([
    count(),
    listTables().catch((error: unknown) => notice.show("error", [errorMessage("read the tables saved in this workbook", error)])),
  ]);
}
