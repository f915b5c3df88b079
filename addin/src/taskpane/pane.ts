import { BASES, BASIS_LABELS } from "../../../worker/src/contract";
import { contentOf, insertTable, refreshAll, savedTables } from "./actions";
import { type Api, answers, read } from "./api";
import type { TableContent } from "./excel/content";
import type { SavedQuery } from "./excel/saved";
import { errorMessage, insertMessage, refreshMessage, savedTableText } from "./messages";
import { type FindingsQuery, findingsPath } from "./query";
import type { DatasetInfo, Finding, ListAnswer, Source } from "./types";
import { busy as busyBar } from "./ui/busy";
import { columnPicker } from "./ui/column-picker";
import { detail as detailPanel } from "./ui/detail";
import { el } from "./ui/dom";
import { filters as filterFields } from "./ui/filters";
import { button, type FluentControl, section, select } from "./ui/fluent";
import { footer } from "./ui/footer";
import { notice as noticeBar } from "./ui/notice";
import { preview as previewTable } from "./ui/preview";
import { sourcePicker } from "./ui/source-picker";

const PREVIEW_ROWS = 10;
const TYPING_PAUSE_MS = 300;

export interface PaneOptions {
  api: Api;
  /** The API reference the footer links to. */
  docsUrl: string;
  /** Outside Excel (a plain browser) the pane can still search, but has no workbook to write to. */
  inExcel: boolean;
}

/** Builds the task pane into `root` once the sources and the dataset's description have loaded. */
export async function mountPane(root: HTMLElement, options: PaneOptions): Promise<void> {
  const { api } = options;
  const notice = noticeBar();
  const busy = busyBar(root);
  root.replaceChildren(el("header", {}, el("h1", {}, "exo-bone"), el("p", {}, "Findings on how exosomes from each cell type act on bone and cartilage, from one review.")), busy.element, notice.element);

  let sources: ListAnswer<Source>;
  let info: DatasetInfo;
  try {
    [sources, info] = await busy.during("Loading the sources…", () => Promise.all([read(api, "/v1/sources", answers.sources), read(api, "/v1/dataset", answers.dataset)]));
  } catch (error) {
    notice.show("error", [errorMessage("load the list of sources from the exo-bone service", error)], [{ label: "Try again", run: () => void mountPane(root, options) }]);
    return;
  }

  const actionButtons: FluentControl[] = [];
  /** Runs one Excel action at a time, with the buttons off and any failure said in words. */
  const act = async (doing: string, work: () => Promise<void>) => {
    notice.clear();
    for (const b of actionButtons) b.disabled = true;
    try {
      await work();
    } catch (error) {
      notice.show("error", [errorMessage(doing, error)]);
    } finally {
      for (const b of actionButtons) b.disabled = false;
      insertButton.disabled = !options.inExcel || matching === 0;
    }
  };

  // The query builder, its live count and preview.
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let matching = 0;
  let page: ListAnswer<Finding> | undefined;
  let countFailed = false;
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void count(), delay);
  };
  const picker = sourcePicker(sources.data, () => schedule(0));
  const fields = filterFields(() => schedule(0), () => schedule(TYPING_PAUSE_MS));
  const columns = columnPicker(() => page && preview.show(page.data, page.meta.total, columns.selected()));
  const query = (): FindingsQuery => ({ sources: picker.selected(), ...fields.read() });

  const countLine = el("p", { class: "count", role: "status", "aria-live": "polite" });
  const detail = detailPanel();
  const preview = previewTable((finding) => detail.show(finding));
  async function count() {
    const ticket = ++latest;
    try {
      const answer = await busy.during("Counting the matching findings…", () => read(api, findingsPath(query(), { limit: PREVIEW_ROWS }), answers.findings));
      if (ticket !== latest) return;
      page = answer;
      matching = answer.meta.total;
      countLine.textContent = `${matching} finding${matching === 1 ? "" : "s"} match.`;
      preview.show(answer.data, matching, columns.selected());
      detail.show(undefined);
      if (countFailed) notice.clear();
      countFailed = false;
      insertButton.disabled = !options.inExcel || matching === 0;
    } catch (error) {
      if (ticket !== latest) return;
      countLine.textContent = "The matching findings could not be counted.";
      countFailed = true;
      notice.show("error", [errorMessage("count the matching findings", error)]);
    }
  }

  /**
   * Inserts a query's table; when the cells are taken, offers a new sheet with the same rows.
   * `fetching` says what is on its way; `row` names one row of the table ("finding", "source").
   */
  const insert = (saved: SavedQuery, fetching: string, row: string) =>
    act("insert the table", async () => {
      const content: TableContent = await busy.during(fetching, () => contentOf(api, saved));
      const place = async (where: "selection" | "new sheet") => {
        const outcome = await busy.during("Writing the table into Excel…", () => insertTable(saved, content, where));
        const lines = insertMessage(outcome, row);
        if (outcome.kind === "inserted") {
          notice.show("success", lines);
          await listTables();
        } else notice.show("warning", lines, outcome.kind === "occupied" ? [{ label: "Insert on a new sheet", run: () => void act("insert the table on a new sheet", () => place("new sheet")) }] : []);
      };
      await place("selection");
    });

  const insertButton = button(
    "Insert table at the selected cell",
    () => {
      const saved: SavedQuery = { kind: "findings", query: query(), columns: columns.selected() };
      if (saved.columns.length === 0) return notice.show("warning", ["Tick at least one column for the table (under Columns)."]);
      void insert(saved, "Fetching the matching findings…", "finding");
    },
    "accent",
  );
  insertButton.disabled = true;

  // Tables already in the workbook, and Refresh all.
  const tableList = el("ul", { class: "tables" });
  async function listTables() {
    if (!options.inExcel) return;
    const tables = await savedTables();
    tableList.replaceChildren(...(tables.length === 0 ? [el("li", {}, "None yet: inserted tables appear here.")] : tables.map((t) => el("li", {}, savedTableText(t)))));
  }
  const refreshButton = button("Refresh all", () =>
    act("refresh the tables", async () => {
      const outcomes = await busy.during("Refreshing the tables from the service…", () => refreshAll(api));
      const ok = outcomes.every((o) => o.kind === "refreshed");
      notice.show(ok ? "success" : "warning", outcomes.length === 0 ? ["There are no inserted tables to refresh."] : outcomes.map(refreshMessage));
      await listTables();
    }),
  );

  // The verdict matrix.
  const basis = select("Verdicts", BASES.map((b): [string, string] => [b, BASIS_LABELS[b]]), () => {});
  const matrixButton = button("Insert matrix at the selected cell", () => {
    const saved: SavedQuery = { kind: "matrix", basis: basis.control.value || BASES[0] };
    void insert(saved, "Fetching the verdict matrix…", "source");
  });

  actionButtons.push(insertButton, refreshButton, matrixButton);
  if (!options.inExcel) {
    for (const b of actionButtons) b.disabled = true;
    notice.show("info", ["Open this pane from Excel to insert tables; here you can search the findings."]);
  }

  root.append(
    section("Find findings", picker.element, fields.element, columns.element),
    section("Matching findings", countLine, preview.element, detail.element, el("div", { class: "row" }, insertButton)),
    section("Tables in this workbook", tableList, el("div", { class: "row" }, refreshButton)),
    section("Verdict matrix", el("p", { class: "hint" }, "Every source × process verdict, coloured by verdict, with a legend."), basis.field, el("div", { class: "row" }, matrixButton)),
    footer(info, options.docsUrl),
  );
  await Promise.all([count(), listTables().catch((error: unknown) => notice.show("error", [errorMessage("read the tables saved in this workbook", error)]))]);
}

