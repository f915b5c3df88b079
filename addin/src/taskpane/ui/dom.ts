export type Child = Node | string | false | null | undefined;
type Attributes = Record<string, string | boolean | undefined>;

/**
 * Builds an element. Text children become text nodes and attributes are set one by one, so data
 * from the service is only ever text: nothing here parses HTML.
 */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Attributes, ...children: Child[]): HTMLElementTagNameMap[K];
export function el(tag: string, attributes?: Attributes, ...children: Child[]): HTMLElement;
export function el(tag: string, attributes: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, "");
    else if (typeof value === "string") element.setAttribute(name, value);
  }
  element.append(...children.filter((child): child is Node | string => typeof child === "string" || child instanceof Node));
  return element;
}

let counter = 0;

/** An id for aria-labelledby and friends, unique in the page. */
export const uniqueId = (prefix: string): string => `${prefix}-${++counter}`;
