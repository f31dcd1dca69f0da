// The receiving unit's tab (by default Trung tâm VH-TT): what the units that report to it (the
// CCHC departments) sent for a period, with a period picker. Shown only when the server says the
// user receives (SidebarData.receives); loaded on first opening, so the sidebar still opens
// with one call.
import type { IncomingReportsDto, IncomingRowDto, IncomingState } from '../contract/rpc';
import { h, replaceChildren } from './dom';
import type { Rpc } from './rpc';

const TONE: Record<IncomingState, string> = { on_time: 'ok', late: 'warn', missing: 'bad', not_due: 'neutral' };
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function rowView(row: IncomingRowDto): HTMLElement {
  const head = h('div', { class: 'incoming-head' }, h('h3', null, row.unitName),
    h('span', { class: `chip chip-${TONE[row.state]}`, 'data-state': row.state }, row.stateLabel));
  const due = h('p', { class: 'meta' }, `Hạn gửi: ${row.deadlineText}${row.stateDetail ? ` · ${row.stateDetail}` : ''}`);
  const latest = row.latest;
  if (!latest) return h('li', { class: 'incoming-row', 'data-unit': row.unitCode }, head, due, h('p', { class: 'muted small' }, 'Chưa có thông tin gửi đến.'));
  const facts = h('dl', { class: 'incoming-facts' },
    ...latest.figures.flatMap((f) => [h('dt', null, f.label), h('dd', { 'data-code': f.code }, f.text)]),
    ...latest.answers.flatMap((a) => [h('dt', null, a.label), h('dd', { 'data-code': a.code, class: 'incoming-text' }, a.text)]),
    latest.note ? h('dt', null, 'Ghi chú') : null, latest.note ? h('dd', { class: 'incoming-text incoming-note' }, latest.note) : null);
  return h('li', { class: 'incoming-row', 'data-unit': row.unitCode }, head, due,
    h('p', { class: 'meta' }, `Lần gửi ${latest.revision} · ${latest.submittedAtText} · ${latest.submittedBy}`),
    latest.nothingToReport ? h('p', { class: 'notice incoming-nothing' }, 'Không phát sinh') : null,
    facts);
}

function countsLine(dto: IncomingReportsDto): string {
  const c = dto.counts;
  return `${dto.rows.length} đơn vị: ${c.on_time} đúng hạn, ${c.late} trễ hạn, ${c.missing} chưa gửi, ${c.not_due} chưa đến hạn.`;
}

/** Adds the two tabs above the form (once) and the receiving unit's panel below it. */
export function mountIncoming(rpc: Rpc, el: { picker: HTMLElement; content: HTMLElement }): void {
  if (document.getElementById('incoming')) return;
  const tab = (id: string, text: string, selected: boolean) =>
    h('button', { type: 'button', id, role: 'tab', class: 'tab', 'aria-selected': String(selected) }, text);
  const submitTab = tab('tab-submit', 'Nộp báo cáo', true);
  const incomingTab = tab('tab-incoming', 'Thông tin nhận được', false);
  const tabs = h('div', { class: 'tabs', role: 'tablist' }, submitTab, incomingTab);
  const panel = h('section', { id: 'incoming', role: 'tabpanel', 'aria-labelledby': 'tab-incoming', hidden: true });
  el.picker.parentNode?.insertBefore(tabs, el.picker);
  el.content.parentNode?.insertBefore(panel, el.content.nextSibling);
  let loaded = false;
  let token = 0;

  function select(incoming: boolean): void {
    submitTab.setAttribute('aria-selected', String(!incoming));
    incomingTab.setAttribute('aria-selected', String(incoming));
    el.picker.hidden = incoming;
    el.content.hidden = incoming;
    panel.hidden = !incoming;
    if (incoming && !loaded) void load();
  }

  async function load(periodId?: string): Promise<void> {
    const mine = ++token;
    const list = panel.querySelector('#incoming-list');
    const status = h('p', { class: 'muted', role: 'status' }, 'Đang tải…');
    if (list) replaceChildren(list, status); else replaceChildren(panel, status);
    try {
      const dto = await rpc.getIncomingReports(periodId);
      if (mine !== token) return;
      loaded = true;
      render(dto);
    } catch (error) {
      if (mine !== token) return;
      const again = h('button', { type: 'button', class: 'secondary' }, 'Thử lại');
      again.addEventListener('click', () => void load(periodId));
      replaceChildren(panel, h('div', { class: 'message-box', role: 'alert' }, h('p', null, `Không tải được thông tin: ${errorText(error)}`), again));
    }
  }

  function render(dto: IncomingReportsDto): void {
    const picker = h('select', { id: 'incoming-period', class: 'select' },
      ...dto.periods.map((p) => h('option', { value: p.id }, p.label)));
    if (!dto.periods.some((p) => p.id === dto.period.id)) picker.appendChild(h('option', { value: dto.period.id }, dto.period.label));
    picker.value = dto.period.id;
    picker.addEventListener('change', () => void load(picker.value));
    replaceChildren(panel,
      h('h2', null, `Thông tin gửi ${dto.receivers.map((r) => r.name).join(', ')}`),
      h('p', { class: 'hint' }, 'Theo dõi hạn gửi; phần này không đưa vào báo cáo tổng hợp.'),
      h('div', { class: 'field' }, h('label', { for: 'incoming-period', class: 'label' }, 'Kỳ'), picker),
      h('div', { id: 'incoming-list' },
        h('p', { class: 'meta incoming-counts' }, countsLine(dto)),
        dto.rows.length ? h('ul', { class: 'incoming-rows' }, ...dto.rows.map(rowView)) : h('p', { class: 'muted' }, 'Không có đơn vị nào phải gửi kỳ này.')));
  }

  submitTab.addEventListener('click', () => select(false));
  incomingTab.addEventListener('click', () => select(true));
}
