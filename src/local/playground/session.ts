// The playground's state: one local workbook shared by every browser tab, the simulated clock,
// the outbox and generated reports; per tab, who is at that tab's keyboard and what the script
// showed them (sidebar, dialog). Each call runs as its tab's user, as each Apps Script execution
// sees the user at its own keyboard; calls are synchronous, so one user is active at a time.
// Every action goes through `observe`, which records what the call made appear.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalWorkbook, type TriggerRun } from '../workbook/local-workbook';
import { CAST, unitEmail } from '../workbook/people';
import { formatJavaDate } from '../fakes/format-date';
import { DEFAULT_CATALOG } from '../../domain/defaults';
import { ReportJobs } from './report-jobs';
import { editCell, type CellEdit, type CellEditResult } from './cell-edit';
import type { ActivityEntry, ActivityKind, PlaygroundExtra, PlaygroundState, ReportEntry, RunOutcome, Shown } from './types';

/** A fresh playground starts a week before the 2024-Q1 deadline (Monday 18/03/2024). */
export const FRESH_START = new Date('2024-03-11T08:00:00+07:00');
const TZ = 'Asia/Ho_Chi_Minh';
const MAX_ACTIVITY = 300;
/** Requests that name no tab (a script, curl) share this one. */
export const DEFAULT_TAB = 'default';
/** Tabs remembered (with their user) across restarts; the oldest are forgotten first. */
const MAX_TABS = 40;

export function freshExtra(): PlaygroundExtra {
  return { reports: [], activity: [], autoTriggers: true };
}

export interface SessionOptions {
  dir: string;
  workbook: LocalWorkbook;
  extra: PlaygroundExtra;
  onChange: () => void;
}

export class PlaygroundSession {
  wb: LocalWorkbook;
  extra: PlaygroundExtra;
  version = 1;
  sidebarUrl = '';
  dialogUrl = '';
  /** The playground's own address (ends with '/'). */
  baseUrl = '/';
  readonly reports: ReportJobs;
  private readonly shownDir: string;

  constructor(private readonly options: SessionOptions) {
    this.wb = options.workbook;
    this.extra = options.extra;
    this.shownDir = path.join(options.dir, 'shown');
    mkdirSync(this.shownDir, { recursive: true });
    this.reports = new ReportJobs(path.join(options.dir, 'reports'), () => this.changed());
    this.openSpreadsheet();
  }

  /** The HTML the script last showed in a tab (its id is checked by TAB_ID: safe in a file name). */
  shownPath(tab: string, kind: Shown['kind']): string { return path.join(this.shownDir, `${tab}.${kind}.html`); }

  /** The user at a tab's keyboard; a tab seen for the first time starts as the user last chosen in any tab. */
  userOf(tab: string): string {
    const tabs = (this.extra.tabs ??= {});
    const known = tabs[tab];
    if (known) return known.user;
    tabs[tab] = { user: this.wb.user };
    for (const old of Object.keys(tabs).slice(0, Math.max(0, Object.keys(tabs).length - MAX_TABS))) this.forget(old);
    return tabs[tab].user;
  }

  private forget(tab: string): void {
    delete this.extra.tabs?.[tab];
    for (const kind of ['sidebar', 'dialog'] as const) {
      const file = this.shownPath(tab, kind);
      if (existsSync(file)) rmSync(file);
    }
  }

  /** Runs `work` as the tab's user (the workbook's own user is put back afterwards). */
  as<T>(tab: string, work: () => T): T {
    const users = this.wb.services.users;
    const before = { active: users.active, effective: users.effective };
    users.setActive(this.userOf(tab));
    try {
      return work();
    } finally {
      users.setActive(before.active, before.effective);
    }
  }

  /** Opening the sheet runs the simple onOpen trigger, which builds the custom menu. */
  openSpreadsheet(tab = DEFAULT_TAB): void {
    this.as(tab, () => this.observe(tab, 'system', 'Mở bảng tính (onOpen)', () => this.wb.call('onOpen')));
  }

  /** A new workbook; each tab keeps its user (people are not workbook data). */
  reset(tab = DEFAULT_TAB): void {
    const wb = new LocalWorkbook({ now: FRESH_START, realTime: true });
    wb.install();
    this.wb = wb;
    this.extra = { ...freshExtra(), tabs: this.extra.tabs };
    this.as(tab, () => this.log('system', 'Tạo bảng tính mới: Cài đặt bởi quản trị viên, gán email cho các đơn vị', true));
    this.openSpreadsheet(tab);
  }

  /** Who is at this tab's keyboard from now on; other tabs keep theirs. */
  setUser(tab: string, email: string): void {
    this.userOf(tab);
    this.extra.tabs![tab] = { user: email };
    this.wb.as(email); // the default for tabs opened next, and the user saved with the workbook
    this.as(tab, () => this.log('user', `Đổi người dùng: ${email}`, true));
    this.openSpreadsheet(tab);
  }

  /** A menu item: the entry function named by the item, as the tab's user. */
  runMenu(tab: string, fn: string): RunOutcome {
    const known = this.wb.services.ui.menus.some((m) => m.items.some((i) => i.functionName === fn));
    if (!known) return { ok: false, message: `Menu không có mục gọi ${fn}.`, alerts: [], toasts: [] };
    return this.as(tab, () => this.observe(tab, 'menu', fn, () => this.wb.call(fn)).outcome);
  }

  /** A value typed into the grid, written as the tab's user; other tabs redraw it on their next poll. */
  edit(tab: string, edit: CellEdit): CellEditResult {
    return this.as(tab, () => {
      const result = editCell(this.wb, edit);
      const where = `${edit.sheet}!${a1(edit.row, edit.col)}`;
      if (!result.ok) this.log('edit', `Sửa ô ${where}: ${result.message}`, false);
      else this.log('edit', `Sửa ô ${where}${result.triggers.map((t) => `, ${t.handler}${t.ok ? '' : `: ${t.error ?? ''}`}`).join('')}`, result.triggers.every((t) => t.ok));
      this.changed();
      return result;
    });
  }

  /**
   * A google.script.run call from the sidebar or a dialog: errors go back to the page. A new
   * report's Drive links point at its local PDF and .docx (the Google Doc's source), so the
   * dialog's links open offline.
   */
  bridgeCall(tab: string, kind: 'sidebar' | 'dialog', fn: string, args: unknown[]): unknown {
    const { value, outcome, report } = this.as(tab, () => this.observe(tab, kind, fn, () => this.wb.callForBridge(fn, args), args[0]));
    if (!outcome.ok) throw new Error(outcome.message);
    if (!report || report.status === 'failed') return value;
    return { ...(outcome.result as object), docUrl: `${this.baseUrl}reports/${report.id}.docx`, pdfUrl: `${this.baseUrl}reports/${report.id}.pdf`,
      docxUrl: `${this.baseUrl}reports/${report.id}.docx` };
  }

  /** The daily check now; the triggers run as their installers, the log names the tab's user. */
  runDaily(tab = DEFAULT_TAB): TriggerRun[] {
    return this.as(tab, () => this.runDailyNow());
  }

  private runDailyNow(): TriggerRun[] {
    const triggers = this.wb.clockTriggers();
    if (triggers.length === 0) {
      this.log('trigger', 'Chưa có trigger chạy theo giờ nào: quản trị viên chạy "Cài đặt…" để cài.', false);
      return [];
    }
    const runs = this.wb.runClockTriggers();
    this.logRuns(runs, 'chạy ngay');
    this.changed();
    return runs;
  }

  setClock(target: Date, tab = DEFAULT_TAB): TriggerRun[] {
    return this.as(tab, () => this.moveClock(target));
  }

  private moveClock(target: Date): TriggerRun[] {
    const runs = this.extra.autoTriggers && target.getTime() > this.wb.now().getTime() ? this.wb.advanceTo(target) : [];
    if (!runs.length) this.wb.services.clock.set(target);
    this.log('clock', `Đặt giờ mô phỏng: ${formatVi(this.wb.now())}`, true);
    this.logRuns(runs, 'theo lịch');
    this.changed();
    return runs;
  }

  setAutoTriggers(on: boolean): void {
    this.extra.autoTriggers = on;
    this.changed();
  }

  state(tab = DEFAULT_TAB): PlaygroundState {
    const s = this.wb.services;
    const ss = s.spreadsheet.raw;
    const officers = DEFAULT_CATALOG.units.map((u) => ({ email: unitEmail(u.code), label: `Văn thư ${u.name.replace(/^(Xã|Thị trấn|Phòng) /, (w) => w.toLowerCase())}` }))
      .filter((p) => !CAST.some((c) => c.email === p.email));
    return {
      version: this.version,
      spreadsheetName: ss.getName(),
      tab,
      user: this.userOf(tab),
      people: [...CAST.map(({ email, label }) => ({ email, label })), ...officers],
      now: this.wb.now().toISOString(),
      autoTriggers: this.extra.autoTriggers,
      menus: s.ui.menus,
      sheets: ss.getSheets().map((sh) => ({ name: sh.getName(), hidden: sh.isSheetHidden(), tabColor: sh.getTabColor(), protected: sh.getProtections('SHEET').length > 0 })),
      activeSheet: ss.getActiveSheet().getName(),
      outbox: [...s.outbox].reverse().slice(0, 200).map((m) => ({ at: m.at.toISOString(), to: m.to, cc: m.cc, bcc: m.bcc, subject: m.subject, body: m.body })),
      mailRemaining: s.mail.remaining,
      reports: [...this.extra.reports].reverse(),
      activity: this.extra.activity.slice(-80).reverse(),
      triggers: s.triggers.records().map((t) => ({ handler: t.handler, eventType: t.eventType, owner: t.owner, schedule: { ...t.schedule } })),
      sidebarUrl: `${this.sidebarUrl}?tab=${tab}`,
      dialogUrl: `${this.dialogUrl}?tab=${tab}`,
    };
  }

  /** Runs `fn`, then reports what it made appear (sidebar, dialog, alerts, toasts) and logs it. */
  private observe(tab: string, kind: ActivityKind, fn: string, run: () => unknown, firstArg?: unknown): { value: unknown; outcome: RunOutcome; report?: ReportEntry } {
    const ui = this.wb.services.ui;
    const toasts = this.wb.services.spreadsheet.toasts;
    const before = { sidebars: ui.sidebars.length, dialogs: ui.dialogs.length, alerts: ui.alerts.length, prompts: ui.prompts.length, toasts: toasts.length };
    let value: unknown;
    let outcome: RunOutcome;
    try {
      value = run();
      outcome = { ok: true, result: plain(value), alerts: [], toasts: [] };
    } catch (e) {
      outcome = { ok: false, message: e instanceof Error ? e.message : String(e), alerts: [], toasts: [] };
    }
    outcome.alerts = [...ui.alerts.slice(before.alerts), ...ui.prompts.slice(before.prompts)].map((a) => ({ title: a.title, prompt: a.prompt }));
    outcome.toasts = toasts.slice(before.toasts).map((t) => ({ title: t.title, message: t.message }));
    const sidebar = ui.sidebars.length > before.sidebars ? ui.sidebars[ui.sidebars.length - 1] : null;
    const dialog = ui.dialogs.length > before.dialogs ? ui.dialogs[ui.dialogs.length - 1] : null;
    const shown = dialog ? { kind: 'dialog' as const, html: dialog } : sidebar ? { kind: 'sidebar' as const, html: sidebar } : null;
    if (shown) {
      writeFileSync(this.shownPath(tab, shown.kind), shown.html.content, 'utf8');
      const url = shown.kind === 'sidebar' ? this.sidebarUrl : this.dialogUrl;
      outcome.shown = { kind: shown.kind, title: shown.html.title, width: shown.html.width, height: shown.html.height, url: `${url}?tab=${tab}&v=${this.version + 1}` };
    }
    const report = fn === 'generateSummary' && outcome.ok ? this.reports.start(this.wb, firstArg, outcome.result) ?? undefined : undefined;
    if (report) this.extra.reports.push(report);
    this.log(kind, describe(fn, outcome), outcome.ok);
    this.changed();
    return { value, outcome, report };
  }

  private logRuns(runs: TriggerRun[], how: string): void {
    for (const r of runs) this.log('trigger', `${r.handler} (${how}, ${formatVi(new Date(r.at))})${r.ok ? '' : `: ${r.error}`}`, r.ok, r.at, r.owner);
  }

  private log(kind: ActivityKind, text: string, ok: boolean, at = this.wb.now().toISOString(), user = this.wb.user): void {
    this.extra.activity.push({ at, user, kind, text, ok } satisfies ActivityEntry);
    if (this.extra.activity.length > MAX_ACTIVITY) this.extra.activity.splice(0, this.extra.activity.length - MAX_ACTIVITY);
  }

  changed(): void {
    this.version++;
    this.options.onChange();
  }
}

function a1(row: number, col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value)) as unknown;
}

function describe(fn: string, o: RunOutcome): string {
  if (!o.ok) return `${fn}: ${o.message}`;
  if (o.shown) return `${fn}: mở ${o.shown.kind === 'sidebar' ? 'thanh bên' : 'hộp thoại'} "${o.shown.title}"`;
  return fn;
}

export function formatVi(d: Date): string {
  return formatJavaDate(d.getTime(), TZ, 'dd/MM/yyyy HH:mm');
}
