// Tiny DOM builder. Text always goes in as text nodes: nothing the server sends is ever parsed
// as HTML (there is deliberately no innerHTML anywhere in the sidebar).

type AttrValue = string | number | boolean | null | undefined;
export type Child = Node | string | null | undefined | false;

/** Creates an element; `true` sets a boolean attribute, false/null/undefined leave it out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K, attrs?: Record<string, AttrValue> | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from Sidebar.html`);
  return el as T;
}

/** Ids derived from indicator codes (codes are [A-Za-z0-9_], see the catalog check). */
export const fieldId = (code: string): string => `f-${code}`;
export const errorId = (code: string): string => `e-${code}`;
