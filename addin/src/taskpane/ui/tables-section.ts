import { goToTable, refresh, type Service, savedTables, stopTracking } from "../actions";
import type { SavedTable } from "../excel/saved";
import { refreshMessage } from "../messages";
import type { Busy } from "./busy";
import { el } from "./dom";
import { button, type FluentControl, section } from "./fluent";
import type { Notice } from "./notice";
import { tableList } from "./table-list";

export interface TablesSectionOptions {
  service: Service;
  /** Runs one Excel action at a time (see the pane's `act`). */
  act: (doing: string, work: () => Promise<void>) => Promise<void>;
  busy: Busy;
  notice: Notice;
  /** Announces a short status through a live region. */
  status: (text: string) => void;
  /** Loads a table's query into the builder. */
  edit: (table: SavedTable) => void;
  /** Filled with the per-table buttons, so the pane can disable them while an action runs. */
  buttons: FluentControl[];
  inExcel: boolean;
}

/** "Tables in this workbook": each table the pane inserted, with its own actions, and Refresh all. */
export function tablesSection(options: TablesSectionOptions): { element: HTMLElement; refreshAll: FluentControl; list(): Promise<void> } {
  const { service, act, busy, notice, status } = options;
  const refreshWith = (ids?: string[]) =>
    act("refresh the tables", async () => {
      const outcomes = await busy.during("Refreshing from the service…", () => refresh(service, ids));
      const ok = outcomes.every((o) => o.kind === "refreshed");
      notice.show(
        ok ? "success" : "warning",
        outcomes.length === 0 ? ["There are no inserted tables to refresh."] : outcomes.map(refreshMessage),
        { focus: true },
      );
      await list();
    });
  const tables = tableList(
    {
      refresh: (table) => void refreshWith([table.id]),
      goTo: (table) =>
        void act("go to the table", async () => {
          if (await goToTable(table.id)) status(`${table.name} selected in Excel.`);
          else notice.show("warning", [`${table.name} is no longer in the workbook.`], { focus: true });
        }),
      edit(table) {
        options.edit(table);
        notice.show("info", [`The query of ${table.name} is in the builder. Change it, then Insert table for a new table.`], {
          focus: true,
        });
      },
      stopTracking: (table) =>
        void act("stop tracking the table", async () => {
          await stopTracking(table.id);
          await list();
          notice.show("success", [`${table.name} stays in the sheet as it is; Refresh no longer touches it.`], { focus: true });
        }),
    },
    options.buttons,
  );
  async function list() {
    if (options.inExcel) tables.show(await savedTables());
  }
  const refreshAll = button("Refresh all", () => void refreshWith());
  return { element: section("Tables in this workbook", tables.element, el("div", { class: "row" }, refreshAll)), refreshAll, list };
}
