// The error summary at the top of the form plus the inline message under each field. The
// browser's checks and the server's refusals use the same FieldError shape and show the same way.
import type { FieldError } from '../domain/types';
import { h, replaceChildren } from './dom';
import type { FieldWidget } from './fields';

export interface ErrorSummary {
  root: HTMLElement;
  /** Fills the summary and the inline messages, and moves focus to the summary. */
  show(errors: FieldError[], title: string): void;
  /** The same without moving focus (re-checking as the user types); no errors clears it. */
  update(errors: FieldError[], title: string): void;
  clear(): void;
}

/** `widgets` maps a FieldError.field to its widget; other fields are listed in the summary only. */
export function createErrorSummary(widgets: Map<string, FieldWidget>): ErrorSummary {
  // role=alert: the summary is announced when filled; it exists (hidden) before that, which
  // screen readers need to notice the change.
  const root = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const summary: ErrorSummary = {
    root,
    show(errors, title) {
      summary.update(errors, title);
      root.focus();
    },
    update(errors, title) {
      if (errors.length === 0) return summary.clear();
      for (const w of widgets.values()) w.setError(null);
      const items = errors.map((e) => {
        const w = widgets.get(e.field);
        w?.setError(e.message);
        if (!w) return h('li', null, e.message);
        const link = h('a', { href: `#${w.control.id}` }, e.message);
        link.addEventListener('click', (event) => {
          event.preventDefault();
          w.control.focus();
        });
        return h('li', null, link);
      });
      replaceChildren(root, h('p', { class: 'error-title' }, title), h('ul', null, ...items));
      root.hidden = false;
    },
    clear() {
      for (const w of widgets.values()) w.setError(null);
      replaceChildren(root);
      root.hidden = true;
    },
  };
  return summary;
}
