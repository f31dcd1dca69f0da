// The unit's revisions for the period, newest first: each submission is kept (append-only),
// the latest one is the report.
import type { RevisionDto } from '../contract/rpc';
import { h } from './dom';
import { formatInstant, timelinessText } from './format';

export function renderHistory(history: RevisionDto[]): HTMLElement {
  const rows = [...history].sort((a, b) => b.revision - a.revision).map((r) =>
    h('li', { class: 'history-item', 'data-revision': r.revision },
      h('span', { class: 'history-main' }, `Lần ${r.revision} · ${formatInstant(r.submittedAt)} · `,
        h('span', { class: `tl tl-${r.timeliness}` }, timelinessText(r.timeliness)), r.nothingToReport ? ' · Không phát sinh' : ''),
      r.submittedBy ? h('span', { class: 'history-by' }, r.submittedBy) : null,
      r.revision > 1 && r.changes ? h('span', { class: 'history-changes' }, `Thay đổi: ${r.changes.length ? r.changes.join(', ') : 'không thay đổi'}`) : null));
  return h('section', { class: 'history', 'aria-labelledby': 'history-title' },
    h('h3', { id: 'history-title' }, 'Lịch sử nộp kỳ này'),
    rows.length ? h('ol', { class: 'history-list' }, ...rows) : h('p', { class: 'muted' }, 'Chưa nộp lần nào.'));
}
