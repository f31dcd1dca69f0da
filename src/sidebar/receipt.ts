// What the officer sees after the server stored the report: the proof that it arrived.
import type { FormData, RevisionDto } from '../contract/rpc';
import { h } from './dom';
import { formatCount, formatInstant, timelinessText } from './format';
import { renderHistory } from './history';

export interface Receipt {
  submissionId: string;
  revision: number;
  submittedAt: string;
  timeliness: RevisionDto['timeliness'];
  replayed: boolean;
  changes?: string[];
  nothingToReport?: boolean;
  /** Implausible figures the officer confirmed (issue 14). */
  confirmed?: { label: string; value: number; message: string }[];
}

export function changesText(changes: string[]): string {
  return changes.length ? changes.join(', ') : 'Không thay đổi';
}

function row(term: string, value: string | Node): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, value)];
}

export function renderReceipt(form: FormData, receipt: Receipt, history: RevisionDto[], onRevise: () => void): HTMLElement {
  const revise = h('button', { type: 'button', class: 'action', id: 'revise' }, 'Sửa báo cáo');
  revise.addEventListener('click', onRevise);
  const card = h('section', { class: 'receipt', id: 'receipt', 'aria-labelledby': 'receipt-title', tabindex: '-1' },
    h('h2', { id: 'receipt-title' }, h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓ '), 'Đã gửi báo cáo'),
    h('dl', { class: 'receipt-list' },
      ...row('Đơn vị', form.unit.name),
      ...row('Kỳ báo cáo', form.period.label),
      ...row('Lần nộp', String(receipt.revision)),
      ...row('Thời gian', formatInstant(receipt.submittedAt)),
      ...row('Tình trạng', h('span', { class: `tl tl-${receipt.timeliness}` }, timelinessText(receipt.timeliness))),
      ...(receipt.nothingToReport ? row('Số liệu', 'Không phát sinh') : []),
      ...(receipt.revision > 1 && receipt.changes ? row('Thay đổi so với lần trước', changesText(receipt.changes)) : []),
      ...row('Mã biên nhận', h('span', { class: 'receipt-id' }, receipt.submissionId))),
    receipt.confirmed?.length ? h('div', { class: 'receipt-confirmed' }, h('p', null, 'Số liệu bất thường đơn vị đã xác nhận:'),
      h('ul', { id: 'receipt-confirmed' }, ...receipt.confirmed.map((c) => h('li', null, `${c.label}: ${formatCount(c.value)} — ${c.message}`)))) : null,
    receipt.replayed ? h('p', { class: 'muted' }, 'Báo cáo này đã được ghi nhận từ lần gửi trước; không tạo bản trùng.') : null,
    h('div', { class: 'actions' }, revise));
  return h('div', null, card, renderHistory(history));
}
