// The running 6-month or year total under each count of the June (Q2) and December (Q4) forms:
// the earlier quarters as reported plus what the officer types now, for the officer to check
// before sending (the office's 6-month and year figures are exactly these sums).
import type { RunningTotals } from '../domain/running-totals';
import { h } from './dom';
import { formatCount } from './format';
import type { FieldWidget } from './fields';

/** A number the officer typed, or null while the field is empty or not a whole number. */
function typed(w: FieldWidget): number | null {
  const v = w.read();
  if (typeof v === 'number') return v;
  return typeof v === 'string' && /^\s*\d+\s*$/.test(v) ? Number(v) : null;
}

export function runningText(running: RunningTotals, code: string, current: number | null, uom?: string): string {
  if (running.missing.length) return `Lũy kế ${running.totalLabel}: thiếu số liệu (chưa có báo cáo ${running.missing.join(', ')}).`;
  const earlier = running.earlier[code] ?? 0;
  const unit = uom ? ` ${uom}` : '';
  if (current === null) return `Lũy kế ${running.totalLabel}: ${formatCount(earlier)}${unit} các quý trước + số liệu kỳ này.`;
  return `Lũy kế ${running.totalLabel}: ${formatCount(earlier + current)}${unit} (các quý trước ${formatCount(earlier)} + kỳ này ${formatCount(current)}).`;
}

/** Adds the running line to each count widget; returns the function that refreshes them. */
export function attachRunning(running: RunningTotals | null | undefined, counts: FieldWidget[], uoms: Map<string, string | undefined>): () => void {
  if (!running) return () => undefined;
  const lines = counts.map((w) => {
    const line = h('p', { class: 'hint running', id: `r-${w.code}`, 'aria-live': 'polite' });
    w.root.insertBefore(line, w.root.querySelector('.field-error'));
    return { w, line };
  });
  const refresh = (): void => {
    for (const { w, line } of lines) line.textContent = runningText(running, w.code, typed(w), uoms.get(w.code));
  };
  refresh();
  return refresh;
}

/** Above the fields of the June and December forms: one submission covers the quarter and the 6 months or year. */
export function runningNotice(running: RunningTotals | null | undefined): HTMLElement | null {
  if (!running) return null;
  return h('p', { class: 'notice', id: 'running-notice' },
    `Đây là báo cáo ${running.label}: nhập số liệu của riêng quý này; số liệu ${running.totalLabel.charAt(0).toLowerCase()}${running.totalLabel.slice(1)} `
    + 'được cộng từ các quý (xem dòng lũy kế dưới mỗi ô), không phải nộp riêng.');
}
