import { answerOf, insertFormula, insertTable, type Service } from "./actions";
import type { SavedQuery } from "./excel/saved";
import { formulaMessage, insertMessage } from "./messages";
import type { Busy } from "./ui/busy";
import type { Notice } from "./ui/notice";

export interface InsertActionsOptions {
  service: Service;
  /** Runs one Excel action at a time (see the pane's `act`). */
  act: (doing: string, work: () => Promise<void>) => Promise<void>;
  busy: Busy;
  notice: Notice;
  /** Shows the tables in the workbook again, after one was added. */
  listTables: () => Promise<void>;
}

/** Insert table, Insert matrix and Insert as formula: each says what it did, and its report (or its way out) takes the focus. */
export function insertActions({ service, act, busy, notice, listTables }: InsertActionsOptions) {
  return {
    /**
     * Inserts a query's table; when Excel cannot take it at the selection, offers a new sheet with
     * the same rows. `fetching` says what is on its way; `row` names one row ("finding", "source").
     */
    table: (saved: SavedQuery, fetching: string, row: string) =>
      act("insert the table", async () => {
        const answer = await busy.during(fetching, () => answerOf(service, saved));
        const place = async (where: "selection" | "new sheet") => {
          const outcome = await busy.during("Writing the table into Excel…", () => insertTable(saved, answer, where));
          const lines = insertMessage(outcome, row);
          if (outcome.kind === "inserted") {
            notice.show("success", lines, { focus: true });
            await listTables();
          } else if (outcome.kind === "no-room") notice.show("warning", lines, { focus: true });
          else
            notice.show("warning", lines, {
              actions: [
                { label: "Insert on a new sheet", run: () => void act("insert the table on a new sheet", () => place("new sheet")) },
              ],
              focus: true,
            });
        };
        await place("selection");
      }),
    formula: (formula: string) =>
      act("write the formula", async () => {
        const outcome = await busy.during("Writing the formula…", () => insertFormula(formula));
        notice.show(outcome.kind === "written" ? "success" : "warning", formulaMessage(outcome, formula), { focus: true });
      }),
  };
}
