// The console under the grid: the outbox, generated reports, the activity log and triggers.
import type { PlaygroundState, ReportEntry } from '../types';
import { h } from './dom';
import { dateTimeVi } from './time';

const KIND_LABELS: Record<string, string> = {
  menu: 'Menu', sidebar: 'Thanh bên', dialog: 'Hộp thoại', trigger: 'Trigger', clock: 'Đồng hồ', user: 'Người dùng', edit: 'Sửa ô', system: 'Hệ thống',
};

const STATUS_LABELS: Record<ReportEntry['status'], string> = { pending: 'Đang tạo PDF…', ready: 'Sẵn sàng', failed: 'Lỗi' };

function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

export function outboxPanel(state: PlaygroundState): HTMLElement {
  if (state.outbox.length === 0) return empty('Chưa có thư nào. Thư nhắc hạn được gửi khi trigger kiểm tra hằng ngày chạy.');
  return h('div', { class: 'mail-list' },
    h('p', { class: 'hint' }, `Hạn mức thư còn lại hôm nay (mô phỏng): ${state.mailRemaining} người nhận. Thư chỉ nằm ở đây, không gửi thật.`),
    ...state.outbox.map((m) => h('details', { class: 'mail' },
      h('summary', {},
        h('span', { class: 'mail-time' }, dateTimeVi(m.at)),
        h('span', { class: 'mail-to', title: m.to }, m.to || m.bcc),
        h('span', { class: 'mail-subject' }, m.subject)),
      h('div', { class: 'mail-head' },
        h('div', {}, h('b', {}, 'Đến: '), m.to),
        m.cc ? h('div', {}, h('b', {}, 'Cc: '), m.cc) : null,
        m.bcc ? h('div', {}, h('b', {}, 'Bcc: '), m.bcc) : null),
      h('pre', { class: 'mail-body' }, m.body))));
}

export function reportsPanel(state: PlaygroundState, openSheet: (name: string) => void): HTMLElement {
  if (state.reports.length === 0) return empty('Chưa có báo cáo. Quản trị viên chọn menu Báo cáo CCHC → Tạo báo cáo tổng hợp…');
  return h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, ...['Kỳ', 'Tạo lúc', 'Người tạo', 'Đúng hạn / muộn / chưa nộp', 'Tệp', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...state.reports.map((r) => h('tr', { 'data-report': r.id },
      h('td', {}, r.periodId),
      h('td', {}, dateTimeVi(r.at)),
      h('td', {}, r.by),
      h('td', {}, r.counts ? `${r.counts.onTime} / ${r.counts.late} / ${r.counts.missing}` : ''),
      h('td', {}, r.status === 'ready'
        ? h('a', { href: `/reports/${encodeURIComponent(r.id)}.pdf`, target: '_blank', rel: 'noopener', class: 'pdf-link' }, 'Mở PDF')
        : h('span', { class: `status-${r.status}`, title: r.error ?? null }, STATUS_LABELS[r.status]),
      r.status === 'failed' ? null : h('span', { class: 'sep' }, ' · '),
      r.status === 'failed' ? null : h('a', { href: `/reports/${encodeURIComponent(r.id)}.docx`, class: 'docx-link', title: 'Tệp Word mà Google Drive chuyển thành Google Docs' }, 'Tải .docx')),
      h('td', {}, h('button', { class: 'link', onclick: () => openSheet(r.sheetName) }, `Xem trang ${r.sheetName}`))))));
}

export function activityPanel(state: PlaygroundState): HTMLElement {
  if (state.activity.length === 0) return empty('Chưa có hoạt động.');
  return h('table', { class: 'list activity' },
    h('tbody', {}, ...state.activity.map((a) => h('tr', { class: a.ok ? '' : 'failed' },
      h('td', { class: 'nowrap' }, dateTimeVi(a.at)),
      h('td', {}, h('span', { class: `kind kind-${a.kind}` }, KIND_LABELS[a.kind] ?? a.kind)),
      h('td', { class: 'nowrap' }, a.user),
      h('td', {}, a.text)))));
}

function scheduleText(s: Record<string, unknown>): string {
  if (typeof s.everyDays === 'number') return `Mỗi ${s.everyDays === 1 ? '' : `${s.everyDays} `}ngày lúc ${String(s.atHour ?? 0).padStart(2, '0')}:00`;
  if (typeof s.everyHours === 'number') return `Mỗi ${s.everyHours} giờ`;
  return JSON.stringify(s);
}

export function triggersPanel(state: PlaygroundState): HTMLElement {
  if (state.triggers.length === 0) return empty('Chưa cài trigger nào. Quản trị viên chạy "Cài đặt…" trong menu.');
  return h('div', {},
    h('p', { class: 'hint' }, state.autoTriggers
      ? 'Khi tua đồng hồ, các trigger theo giờ chạy vào đúng các thời điểm đã qua.'
      : 'Tự chạy trigger khi tua đồng hồ đang tắt: dùng nút "Chạy kiểm tra hằng ngày".'),
    h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, ...['Hàm', 'Loại', 'Lịch', 'Chủ sở hữu'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...state.triggers.map((t) => h('tr', {},
        h('td', {}, h('code', {}, t.handler)),
        h('td', {}, t.eventType === 'CLOCK' ? 'Theo thời gian' : t.eventType === 'ON_EDIT' ? 'Khi chỉnh sửa' : t.eventType),
        h('td', {}, t.eventType === 'CLOCK' ? scheduleText(t.schedule) : '—'),
        h('td', {}, t.owner))))));
}
