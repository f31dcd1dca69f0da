// The office's verdict on the latest revision, at the top of the form: why it was returned
// (cần bổ sung), or that it was approved (đã duyệt).
import type { FormData } from '../contract/rpc';
import { h } from './dom';
import { formatInstant } from './format';

/** `office` as the settings name it (SidebarData.office); without it, the admins. */
export function reviewNotice(form: FormData, office?: string): HTMLElement | null {
  const r = form.review;
  if (!r || r.state === 'received') return null;
  const when = r.at ? ` lúc ${formatInstant(r.at)}` : '';
  if (r.state === 'approved') return h('p', { class: 'notice review-approved', id: 'review-notice' }, `${office || 'Quản trị viên'} đã duyệt lần nộp ${r.revision}${when}.`);
  return h('div', { class: 'review-returned', id: 'review-notice', role: 'alert' },
    h('strong', null, `Báo cáo cần bổ sung (lần nộp ${r.revision} được trả lại${when})`),
    h('p', { class: 'review-reason' }, r.reason),
    h('p', { class: 'small' }, 'Sửa số liệu theo yêu cầu rồi bấm “Gửi bản sửa”.'));
}
