import { el } from "./dom";
import { button } from "./fluent";

export type NoticeKind = "info" | "success" | "warning" | "error";

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  element: HTMLElement;
  show(kind: NoticeKind, lines: readonly string[], actions?: readonly NoticeAction[]): void;
  clear(): void;
}

/** A message bar: warnings and errors are announced at once (role=alert), the rest politely. */
export function notice(): Notice {
  const element = el("div", { class: "notice", hidden: true });
  return {
    element,
    show(kind, lines, actions = []) {
      element.className = `notice ${kind}`;
      element.setAttribute("role", kind === "error" || kind === "warning" ? "alert" : "status");
      element.hidden = false;
      element.replaceChildren(...lines.map((line) => el("p", {}, line)));
      if (actions.length > 0) element.append(el("div", { class: "row" }, ...actions.map((action) => button(action.label, action.run, "outline"))));
      // The bar sits at the top of a tall pane: bring it into view next to the button that was pressed.
      element.scrollIntoView?.({ block: "nearest" });
    },
    clear() {
      element.hidden = true;
      element.replaceChildren();
    },
  };
}
