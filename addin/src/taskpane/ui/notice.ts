import { el } from "./dom";
import { button } from "./fluent";

export type NoticeKind = "info" | "success" | "warning" | "error";

export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  element: HTMLElement;
  /**
   * Shows a message. With `focus`, the message (or its first action, the way out) takes the focus, as
   * after a button press; without it, as for a count that failed while someone types, it is only
   * announced: neither the focus nor the scroll position moves.
   */
  show(kind: NoticeKind, lines: readonly string[], options?: { actions?: readonly NoticeAction[]; focus?: boolean }): void;
  clear(): void;
}

/**
 * A message bar: warnings and errors are announced at once (role=alert), the rest politely.
 * `fallback` takes the focus when the bar is cleared while it held it, so it never falls to the page.
 */
export function notice(fallback: () => HTMLElement): Notice {
  const element = el("div", { class: "notice", hidden: true, tabindex: "-1" });
  return {
    element,
    show(kind, lines, { actions = [], focus = false } = {}) {
      element.className = `notice ${kind}`;
      element.setAttribute("role", kind === "error" || kind === "warning" ? "alert" : "status");
      element.hidden = false;
      element.replaceChildren(...lines.map((line) => el("p", {}, line)));
      const buttons = actions.map((action) => button(action.label, action.run, "outline"));
      if (buttons.length > 0) element.append(el("div", { class: "row" }, ...buttons));
      if (focus) (buttons[0] ?? element).focus();
    },
    clear() {
      // The focus must not fall to the page when the control holding it disappears.
      const hadFocus = element.contains(document.activeElement);
      element.hidden = true;
      element.replaceChildren();
      if (hadFocus) fallback().focus();
    },
  };
}
