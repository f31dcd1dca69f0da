// A local stand-in for the bound spreadsheet and its script: the fakes, the real dist/Code.js in
// node:vm, and the ways people and Google reach it (a user at the keyboard, time-driven triggers).
// The playground, the demo and the benchmark all drive the product through this.
import vm from 'node:vm';
import { createFakeServices, type FakeServices } from '../fakes';
import { loadBundle, type LoadedBundle } from '../vm/load-bundle';
import { SHEETS, UNIT_COLUMNS } from '../../server/sheets/names';
import { ADMIN, unitEmail } from './people';
import { restoreWorkbook, snapshotWorkbook, type WorkbookSnapshot } from './snapshot';
import { clockOccurrences } from './schedule';
import { formatJavaDate } from '../fakes/format-date';
import { libreOfficeExporter, standInExporter } from '../report/exporters';

export interface WorkbookOptions {
  /** Start time of a fresh workbook (ignored when restoring a snapshot). */
  now?: Date;
  /** The clock ticks with real time (playground) instead of standing still. */
  realTime?: boolean;
  snapshot?: WorkbookSnapshot;
  /** Default dist/Code.js and dist/ under the working directory. */
  codePath?: string;
  htmlDir?: string;
  /** How Drive exports the report Doc to PDF: LibreOffice on the uploaded .docx (default), or a stand-in that only checks it (bench). */
  pdf?: 'libreoffice' | 'stand-in';
}

export interface TriggerRun {
  handler: string;
  at: string;
  owner: string;
  ok: boolean;
  result?: unknown;
  error?: string;
}

export class LocalWorkbook {
  readonly services: FakeServices;
  readonly bundle: LoadedBundle;
  private readonly parseInVm: (text: string) => unknown;
  /** The simulated day (Vietnam) whose mail quota is being used. */
  private mailDay: string;

  constructor(options: WorkbookOptions = {}) {
    this.services = createFakeServices({
      now: options.now, realTime: options.realTime, activeUser: ADMIN, ownerEmail: ADMIN, htmlDir: options.htmlDir, firstSheetName: 'Trang tính1',
    });
    if (options.snapshot) restoreWorkbook(this.services, options.snapshot);
    this.services.drive.setExporter(options.pdf === 'stand-in' ? standInExporter : libreOfficeExporter);
    this.mailDay = options.snapshot?.mailDay ?? this.today();
    this.bundle = loadBundle(this.services, { codePath: options.codePath });
    this.parseInVm = vm.runInContext('JSON.parse', this.bundle.context) as (text: string) => unknown;
  }

  get user(): string { return this.services.users.active; }
  now(): Date { return this.services.clock.now(); }

  /** The user at the keyboard: menus and the sidebar run as them. */
  as(email: string): this {
    this.services.users.setActive(email);
    return this;
  }

  private today(): string {
    return formatJavaDate(this.services.clock.nowMs(), this.services.env.timeZone, 'yyyy-MM-dd');
  }

  /** The daily mail quota starts afresh on each new simulated day, as Apps Script's does. */
  private rollDay(): void {
    const day = this.today();
    if (day !== this.mailDay) {
      this.mailDay = day;
      this.services.mail.used = 0;
    }
  }

  /** Calls an entry function as the user at the keyboard (UI available), JSON in and out. */
  call<T = unknown>(fn: string, ...args: unknown[]): T {
    this.rollDay();
    this.services.ui.available = true;
    return this.bundle.call<T>(fn, ...args);
  }

  /**
   * For the google.script.run bridge: arguments enter the vm as its own plain objects, the result
   * comes back as is, so the bridge can refuse what google.script.run could not carry (a Date).
   */
  callForBridge(fn: string, args: unknown[]): unknown {
    this.rollDay();
    this.services.ui.available = true;
    return this.bundle.callRaw(fn, ...args.map((a) => (a === undefined ? undefined : this.parseInVm(JSON.stringify(a)))));
  }

  /** Time-driven triggers installed by setup(), as Google would run them. */
  clockTriggers() {
    return this.services.triggers.records().filter((t) => t.eventType === 'CLOCK');
  }

  /** Runs every time-driven trigger's handler now: as the user who installed it, with no UI. */
  runClockTriggers(): TriggerRun[] {
    return this.clockTriggers().map((t) => this.runTrigger(t.handler, t.owner, t.id));
  }

  /**
   * Moves the clock to `to`, running each time-driven trigger at every time it would have fired
   * on the way (daily at its hour, or every N hours), at most `maxRuns` runs in all.
   */
  advanceTo(to: Date, maxRuns = 400): TriggerRun[] {
    const from = this.services.clock.nowMs();
    const due = this.clockTriggers()
      .flatMap((t) => clockOccurrences(t.schedule, from, to.getTime(), this.services.env.timeZone).map((at) => ({ t, at })))
      .sort((a, b) => a.at - b.at)
      .slice(0, maxRuns);
    const runs: TriggerRun[] = [];
    for (const { t, at } of due) {
      this.services.clock.set(at);
      runs.push(this.runTrigger(t.handler, t.owner, t.id));
    }
    this.services.clock.set(to);
    return runs;
  }

  private runTrigger(handler: string, owner: string, triggerUid: string): TriggerRun {
    const users = this.services.users;
    const before = { active: users.active, effective: users.effective };
    const at = this.now();
    this.rollDay();
    users.setActive(owner);
    this.services.ui.available = false; // getUi() throws in a trigger, as in Apps Script
    try {
      const result = this.bundle.call(handler, clockEvent(at, triggerUid));
      return { handler, at: at.toISOString(), owner, ok: true, result };
    } catch (e) {
      return { handler, at: at.toISOString(), owner, ok: false, error: e instanceof Error ? e.message : String(e) };
    } finally {
      this.services.ui.available = true;
      users.setActive(before.active, before.effective);
    }
  }

  /**
   * Gives units officer emails in the units sheet, as the office types them in, then runs
   * setup() again as the admin (what drops the cached configuration after an edit).
   */
  assignEmails(emailOf: (unitCode: string) => string = unitEmail): void {
    const sheet = this.services.spreadsheet.sheet(SHEETS.units);
    const values = this.services.spreadsheet.values(SHEETS.units);
    const header = values[0].map(String);
    const codeCol = header.indexOf(UNIT_COLUMNS.code);
    const emailCol = header.indexOf(UNIT_COLUMNS.emails);
    if (codeCol < 0 || emailCol < 0) throw new Error('units sheet lacks its code or email column');
    const emails = values.slice(1).map((r) => [String(r[codeCol]) ? `'${emailOf(String(r[codeCol]))}` : '']);
    if (emails.length) sheet.getRange(2, emailCol + 1, emails.length, 1).setValues(emails);
    this.asAdmin(() => this.call('setup'));
  }

  /** setup() by the admin on an empty workbook, then officer emails for every unit. */
  install(): void {
    this.asAdmin(() => this.call('setup'));
    this.assignEmails();
  }

  asAdmin<T>(fn: () => T): T {
    const users = this.services.users;
    const before = { active: users.active, effective: users.effective };
    users.setActive(ADMIN);
    try { return fn(); } finally { users.setActive(before.active, before.effective); }
  }

  snapshot(): WorkbookSnapshot {
    return { ...snapshotWorkbook(this.services), mailDay: this.mailDay };
  }
}

/** The event object Apps Script hands a time-driven trigger's handler. */
export function clockEvent(at: Date, triggerUid: string): Record<string, unknown> {
  const start = Date.UTC(at.getUTCFullYear(), 0, 1);
  return {
    authMode: 'FULL', triggerUid, timezone: 'UTC',
    year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, 'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() === 0 ? 7 : at.getUTCDay(), 'week-of-year': Math.ceil(((at.getTime() - start) / 86400000 + 1) / 7),
    hour: at.getUTCHours(), minute: at.getUTCMinutes(), second: at.getUTCSeconds(),
  };
}
