import { el } from "./dom";

export interface Busy {
  element: HTMLElement;
  /** Shows the bar with what is happening until the work settles. */
  during<T>(what: string, work: () => Promise<T>): Promise<T>;
}

/** A progress bar with words, shown while any request or Excel write runs. */
export function busy(region: HTMLElement): Busy {
  const label = el("span", { class: "busy-label" });
  const bar = el("fluent-progress", { "aria-label": "Working" });
  const element = el("div", { class: "busy", role: "status", hidden: true }, bar, label);
  const running = new Map<number, string>();
  let next = 0;
  const update = () => {
    // The latest task; not .at(-1), which Safari before 15.4 (Excel on older Macs) lacks.
    const what = [...running.values()].pop();
    element.hidden = what === undefined;
    label.textContent = what ?? "";
    region.setAttribute("aria-busy", String(what !== undefined));
  };
  return {
    element,
    async during(what, work) {
      const id = next++;
      running.set(id, what);
      update();
      try {
        return await work();
      } finally {
        running.delete(id);
        update();
      }
    },
  };
}
