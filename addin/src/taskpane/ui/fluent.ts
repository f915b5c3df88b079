import {
  fluentButton,
  fluentCheckbox,
  fluentOption,
  fluentProgress,
  fluentSelect,
  fluentTextField,
  provideFluentDesignSystem,
} from "@fluentui/web-components";
import { type Child, el, uniqueId } from "./dom";

/** Registers only the Fluent UI web components the pane uses, keeping the bundle small. */
export function registerFluent(): void {
  provideFluentDesignSystem().register(
    fluentButton(),
    fluentCheckbox(),
    fluentOption(),
    fluentProgress(),
    fluentSelect(),
    fluentTextField(),
  );
}

/** The form-control side of a Fluent element: what the pane reads and sets. */
export type FluentControl = HTMLElement & { value: string; checked: boolean; disabled: boolean };

export function button(label: string, onClick: () => void, appearance: "accent" | "neutral" | "outline" = "neutral"): FluentControl {
  const element = el("fluent-button", { appearance }, label) as FluentControl;
  element.addEventListener("click", () => {
    if (!element.disabled) onClick();
  });
  return element;
}

export function checkbox(label: string, value: string, checked: boolean, onChange: () => void): FluentControl {
  const element = el("fluent-checkbox", { value, ...(checked ? { checked: true } : {}) }, label) as FluentControl;
  element.addEventListener("change", onChange);
  return element;
}

/** A labelled drop-down; the first choice is selected until the user picks another. */
export function select(
  label: string,
  choices: readonly (readonly [value: string, text: string])[],
  onChange: () => void,
): { field: HTMLElement; control: FluentControl } {
  const id = uniqueId("label");
  const control = el(
    "fluent-select",
    { "aria-labelledby": id },
    ...choices.map(([value, text]) => el("fluent-option", { value }, text)),
  ) as FluentControl;
  control.addEventListener("change", onChange);
  return { field: el("div", { class: "field" }, el("label", { id, class: "field-label" }, label), control), control };
}

/** A text box; Fluent shows its text content as the visible label. */
export function textField(label: string, placeholder: string, onInput: () => void): FluentControl {
  const element = el("fluent-text-field", { placeholder, "aria-label": label }, label) as FluentControl;
  element.addEventListener("input", onInput);
  return element;
}

/** A section of the pane with a heading that names it for screen readers. */
export function section(heading: string, ...children: Child[]): HTMLElement {
  const id = uniqueId("heading");
  return el("section", { "aria-labelledby": id }, el("h2", { id }, heading), ...children);
}
