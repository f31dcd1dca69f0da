// The playground page: polls the server's state, draws the workbook, the custom menu built by
// onOpen, the sidebar and dialogs (the script's own HTML, through google.script.run bridges),
// the simulated clock, the user switcher and the console (outbox, reports, activity, triggers).
// The user is this tab's own: another tab may act as someone else on the same workbook.
import type { PlaygroundState, RunOutcome, Shown } from '../types';
import type { MenuEntry } from '../../fakes/spreadsheet/ui';
import { api } from './api';
import { byId, clear, h } from './dom';
import { renderGrid } from './grid';
import { isEditing, wireCellEditing } from './cell-editor';
import { activityPanel, outboxPanel, reportsPanel, triggersPanel } from './panels';
import { fromInputValue, inputValue, longDateTimeVi } from './time';
import { guardTabId } from './tab-id';

type Panel = 'outbox' | 'reports' | 'activity' | 'triggers';

let state: PlaygroundState | null = null;
let shownVersion = -1;
let currentSheet = '';
let knownSheets = new Set<string>();
let panel: Panel = 'outbox';
let busy = 0;

const HOUR = 3600_000;

function setBusy(delta: number): void {
  busy += delta;
  document.body.classList.toggle('busy', busy > 0);
}

async function act<T>(work: () => Promise<T>): Promise<T | undefined> {
  setBusy(1);
  try {
    return await work();
  } catch (e) {
    showAlert('Lỗi', e instanceof Error ? e.message : String(e), true);
    return undefined;
  } finally {
    setBusy(-1);
    await refresh();
  }
}

function showToast(title: string, message: string): void {
  const toast = h('div', { class: 'toast', role: 'status' }, title ? h('b', {}, title) : null, h('div', {}, message));
  byId('toasts').append(toast);
  setTimeout(() => toast.remove(), 8000);
}

function showAlert(title: string, message: string, error = false): void {
  byId('alert-title').textContent = title || 'Thông báo';
  byId('alert-body').textContent = message;
  byId('alert').classList.toggle('error', error);
  byId('alert').hidden = false;
  byId('alert-ok').focus();
}

function openShown(shown: Shown): void {
  if (shown.kind === 'sidebar') {
    byId('sidebar-title').textContent = shown.title || 'Thanh bên';
    byId<HTMLIFrameElement>('sidebar-frame').src = shown.url;
    byId('sidebar').hidden = false;
    return;
  }
  byId('dialog-title').textContent = shown.title || '';
  const frame = byId<HTMLIFrameElement>('dialog-frame');
  frame.style.width = `${shown.width ?? 420}px`;
  frame.style.height = `${shown.height ?? 320}px`;
  frame.src = shown.url;
  byId('dialog').hidden = false;
}

function handleOutcome(outcome: RunOutcome): void {
  if (!outcome.ok) showAlert('Lỗi', outcome.message ?? 'Không rõ lỗi', true);
  for (const t of outcome.toasts) showToast(t.title, t.message);
  for (const a of outcome.alerts) showAlert(a.title, a.prompt);
  if (outcome.shown) openShown(outcome.shown);
}

function closeMenus(): void {
  for (const el of Array.from(document.querySelectorAll('.dropdown'))) el.remove();
  for (const el of Array.from(document.querySelectorAll('.menu-button.open'))) el.classList.remove('open');
}

function menuEntries(entries: MenuEntry[]): HTMLElement[] {
  return entries.flatMap((entry): HTMLElement[] => {
    if (entry.kind === 'separator') return [h('div', { class: 'separator', role: 'separator' })];
    if (entry.kind === 'submenu') return [h('div', { class: 'submenu-title' }, entry.menu.title), ...menuEntries(entry.menu.entries)];
    return [h('button', {
      class: 'menu-item', role: 'menuitem', 'data-fn': entry.functionName,
      onclick: () => { closeMenus(); void act(async () => handleOutcome(await api.run(entry.functionName))); },
    }, entry.caption)];
  });
}

function renderMenus(s: PlaygroundState): void {
  const bar = byId('custom-menus');
  clear(bar);
  for (const menu of s.menus) {
    const button = h('button', { class: 'menu-button', 'aria-haspopup': 'menu' }, menu.title);
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      const wasOpen = button.classList.contains('open');
      closeMenus();
      if (wasOpen) return;
      button.classList.add('open');
      const rect = button.getBoundingClientRect();
      document.body.append(h('div', { class: 'dropdown', role: 'menu', style: `left:${rect.left}px;top:${rect.bottom}px` }, ...menuEntries(menu.entries)));
    });
    bar.append(button);
  }
}

function renderUsers(s: PlaygroundState): void {
  const select = byId<HTMLSelectElement>('user');
  const cast = s.people.slice(0, 3);
  const others = s.people.slice(3);
  const option = (p: { email: string; label: string }) => h('option', { value: p.email, selected: p.email === s.user }, `${p.label} — ${p.email}`);
  select.replaceChildren(...cast.map(option), h('optgroup', { label: 'Văn thư các đơn vị khác' }, ...others.map(option)));
  if (!s.people.some((p) => p.email === s.user)) select.prepend(h('option', { value: s.user, selected: true }, s.user));
  // Tells the tabs apart in the browser's tab strip.
  const who = s.people.find((p) => p.email === s.user)?.label ?? s.user;
  document.title = `${who} — Báo cáo CCHC (bản chạy thử)`;
  document.body.dataset.user = s.user;
}

function pickSheet(s: PlaygroundState): void {
  const names = s.sheets.map((x) => x.name);
  const added = names.filter((n) => !knownSheets.has(n));
  const newSummary = knownSheets.size > 0 ? added.find((n) => n.startsWith('TH ')) : undefined;
  knownSheets = new Set(names);
  if (newSummary) currentSheet = newSummary;
  if (names.includes(currentSheet)) return;
  const preferred = ['Trạng thái nộp báo cáo', 'Đơn vị'].find((n) => names.includes(n));
  currentSheet = preferred ?? s.sheets.find((x) => !x.hidden)?.name ?? names[0];
}

function renderTabs(s: PlaygroundState): void {
  byId('tabs').replaceChildren(...s.sheets.map((sheet) => h('button', {
    class: `tab${sheet.name === currentSheet ? ' active' : ''}${sheet.hidden ? ' hidden-sheet' : ''}`,
    style: sheet.tabColor ? `--tab-color:${sheet.tabColor}` : null,
    title: sheet.hidden ? 'Trang ẩn (người dùng không thấy trong Google Sheets)' : sheet.protected ? 'Trang được bảo vệ' : null,
    'data-sheet': sheet.name,
    onclick: () => { currentSheet = sheet.name; renderTabs(s); void loadSheet(); },
  }, sheet.protected ? h('span', { class: 'lock', 'aria-label': 'được bảo vệ' }) : null, sheet.name, sheet.hidden ? ' (ẩn)' : '')));
  document.querySelector('#tabs .tab.active')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

let sheetLoads = 0;

async function loadSheet(): Promise<void> {
  if (isEditing()) return; // a poll must not wipe the cell being typed
  const load = ++sheetLoads;
  const view = await api.sheet(currentSheet);
  // Checked again on arrival: a cell opened, or another sheet asked for, while this answer was on
  // its way wins (the editor reloads when it closes; the newer load draws the newer sheet).
  if (isEditing() || load !== sheetLoads) return;
  const scroller = byId('grid');
  const keep = { top: scroller.scrollTop, left: scroller.scrollLeft, same: scroller.dataset.sheet === view.name };
  renderGrid(scroller, view);
  scroller.dataset.sheet = view.name;
  scroller.scrollTo(keep.same ? keep.left : 0, keep.same ? keep.top : 0); // another sheet opens at A1
  const warn = byId('sheet-warning');
  warn.hidden = !view.protectedWarning;
  warn.textContent = view.protectedWarning ?? '';
}

function renderPanel(s: PlaygroundState): void {
  const counts: Record<Panel, number | null> = { outbox: s.outbox.length, reports: s.reports.length, activity: null, triggers: s.triggers.length };
  for (const tab of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-panel]'))) {
    const name = tab.dataset.panel as Panel;
    tab.classList.toggle('active', name === panel);
    const count = tab.querySelector('.count');
    if (count) count.textContent = counts[name] === null ? '' : String(counts[name]);
  }
  const body = byId('console-body');
  const open = (name: string): void => { currentSheet = name; renderTabs(s); void loadSheet(); };
  body.replaceChildren(panel === 'outbox' ? outboxPanel(s) : panel === 'reports' ? reportsPanel(s, open)
    : panel === 'activity' ? activityPanel(s) : triggersPanel(s));
}

function renderClock(s: PlaygroundState): void {
  byId('clock-text').textContent = longDateTimeVi(s.now);
  const input = byId<HTMLInputElement>('clock-input');
  if (document.activeElement !== input) input.value = inputValue(s.now);
  // A poll answered while the user's own change is on its way would undo the click.
  if (busy === 0) byId<HTMLInputElement>('auto-triggers').checked = s.autoTriggers;
}

async function refresh(): Promise<void> {
  const s = await api.state();
  state = s;
  renderClock(s);
  if (s.version === shownVersion) return;
  shownVersion = s.version;
  byId('doc-title').textContent = s.spreadsheetName;
  renderMenus(s);
  renderUsers(s);
  pickSheet(s);
  renderTabs(s);
  renderPanel(s);
  await loadSheet();
}

function wire(): void {
  document.addEventListener('click', closeMenus);
  wireCellEditing(byId('grid'), {
    save: (e) => api.edit(e), fail: (m) => showAlert('Không ghi được', m, true),
    done: async () => { await loadSheet(); await refresh(); },
  });
  byId('user').addEventListener('change', (e) => {
    const email = (e.target as HTMLSelectElement).value;
    void act(async () => {
      await api.user(email);
      // The sidebar reloads as the new user; a dialog belonged to the previous one.
      const frame = byId<HTMLIFrameElement>('sidebar-frame');
      if (!byId('sidebar').hidden && state) frame.src = `${state.sidebarUrl}&user=${encodeURIComponent(email)}`;
      closeDialog();
    });
  });
  for (const b of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-advance]'))) {
    b.addEventListener('click', () => void act(async () => reportRuns((await api.clock({ advanceMs: Number(b.dataset.advance) * HOUR })).runs)));
  }
  byId('clock-set').addEventListener('click', () => {
    const iso = fromInputValue(byId<HTMLInputElement>('clock-input').value);
    if (!iso) return showAlert('Lỗi', 'Hãy nhập ngày giờ dạng dd/mm/yyyy hh:mm, ví dụ 20/03/2024 08:00.', true);
    void act(async () => reportRuns((await api.clock({ set: iso })).runs));
  });
  byId('auto-triggers').addEventListener('change', (e) => void act(() => api.clock({ autoTriggers: (e.target as HTMLInputElement).checked })));
  byId('run-daily').addEventListener('click', () => void act(async () => reportRuns((await api.daily()).runs, true)));
  byId('sidebar-close').addEventListener('click', () => { byId('sidebar').hidden = true; byId<HTMLIFrameElement>('sidebar-frame').src = 'about:blank'; });
  byId('dialog-close').addEventListener('click', closeDialog);
  byId('alert-ok').addEventListener('click', () => { byId('alert').hidden = true; });
  for (const tab of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-panel]'))) {
    tab.addEventListener('click', () => { panel = tab.dataset.panel as Panel; byId('console').classList.remove('collapsed'); if (state) renderPanel(state); });
  }
  byId('console-toggle').addEventListener('click', () => byId('console').classList.toggle('collapsed'));
  byId('reset').addEventListener('click', () => {
    if (!confirm('Xóa toàn bộ dữ liệu chạy thử và cài đặt lại bảng tính từ đầu?')) return;
    currentSheet = '';
    knownSheets = new Set();
    byId('sidebar').hidden = true;
    void act(() => api.reset());
  });
}

function closeDialog(): void {
  byId('dialog').hidden = true;
  byId<HTMLIFrameElement>('dialog-frame').src = 'about:blank';
}

function reportRuns(runs: { handler: string; ok: boolean; error?: string }[], explicit = false): void {
  if (explicit && runs.length === 0) showToast('Trigger', 'Chưa có trigger chạy theo giờ nào. Quản trị viên chạy "Cài đặt…" trước.');
  const failed = runs.filter((r) => !r.ok);
  if (runs.length > failed.length) {
    const names = [...new Set(runs.map((r) => r.handler))].join(', ');
    showToast('Trigger', runs.length === 1 ? `Đã chạy ${names}.` : `Đã chạy ${names} ${runs.length} lần (mỗi lần đúng giờ đã hẹn).`);
  }
  for (const r of failed) showToast('Trigger lỗi', `${r.handler}: ${r.error ?? ''}`);
}

wire();
guardTabId(() => state?.user, (user) => {
  shownVersion = -1;
  byId('sidebar').hidden = true;
  closeDialog();
  void act(async () => { if (user) await api.user(user); });
});
void refresh();
setInterval(() => { if (busy === 0) void refresh().catch(() => undefined); }, 1000);
