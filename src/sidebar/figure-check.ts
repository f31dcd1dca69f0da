// Issue 14: a figure above the plausible maximum or far above the unit's history is flagged
// under its field as the officer types, with a box to confirm it. The rule and the numbers come
// from the server (FormData.checks) and are the ones submitReport applies again: the ticks here
// only answer the server's question for the officer, they never replace it.
import type { FigureCheckDto } from '../contract/rpc';
import { readCountInput } from '../domain/count-input';
import { outliersAgainst } from '../domain/review/outliers';
import { h } from './dom';

export interface FigureWarning {
  root: HTMLElement;
  /** Re-reads the typed figure; a changed figure loses its tick (a confirmation is for one value). */
  refresh(raw: string, disabled: boolean): void;
  /** The figure the officer ticked as correct, or null. */
  confirmedValue(): number | null;
}

export const warningId = (code: string): string => `w-${code}`;
export const confirmId = (code: string): string => `ok-${code}`;

export function figureWarning(code: string, check: FigureCheckDto | undefined): FigureWarning {
  const message = h('span', { class: 'figure-warning-text', id: `${warningId(code)}-text` });
  const box = h('input', { type: 'checkbox', id: confirmId(code), 'aria-describedby': `${warningId(code)}-text` });
  const root = h('div', { class: 'figure-warning', id: warningId(code), role: 'status', hidden: true },
    message, h('label', { for: box.id, class: 'figure-confirm' }, box, ' Tôi đã kiểm tra, số liệu này đúng'));
  /** The flagged figure the box speaks for (null: nothing flagged). */
  let shown: number | null = null;
  return {
    root,
    refresh(raw, disabled) {
      const typed = readCountInput(raw);
      const value = typed.kind === 'number' && !disabled ? typed.value : null;
      const found = check && value !== null ? outliersAgainst(value, check.historyMedian ?? null, check.plausibleMax) : [];
      const next = found.length ? value : null;
      if (next !== shown) box.checked = false; // a tick confirmed the previous figure, not this one
      shown = next;
      message.textContent = found.length ? `Số liệu bất thường: ${found.map((o) => o.message).join(' ')} Hãy kiểm tra lại; nếu đúng, đánh dấu xác nhận.` : '';
      root.hidden = found.length === 0;
    },
    confirmedValue: () => (box.checked && shown !== null ? shown : null),
  };
}
