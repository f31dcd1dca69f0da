// The lateness feature under test, as modules or through dist/Code.js in a node:vm context, on
// the same fakes: setup, the daily check, the menu check and the edit guard, plus helpers that
// arrange configuration and submissions the way an office would.
import { createFakeServices, type FakeServices } from '../../../src/local/fakes';
import { createEnv, type AppsScriptGlobals, type Env } from '../../../src/server/env';
import { runSetup } from '../../../src/server/setup/setup';
import { submitReport } from '../../../src/server/api/submit';
import { UserError } from '../../../src/server/auth';
import { invalidateConfig } from '../../../src/server/config/load-config';
import { editGuard, menuCheck, scheduledCheck } from '../../../src/server/lateness/entries';
import type { LatenessCheckResult } from '../../../src/server/lateness/check';
import type { EditEvent } from '../../../src/server/lateness/edit-guard';
import { CALENDAR_COLUMNS, CALENDAR_ROW_TYPES, SETTINGS_COLUMNS, SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import { ADMIN, type Flavour } from '../harness';
import { TRIGGER_OWNER_PROPERTY } from '../../../src/server/setup/trigger-owner';
import { seedSeparateSubmissionGroups } from '../../fixtures/office-config';

export { ADMIN, FLAVOURS, OFFICER, type Flavour } from '../harness';

export interface LatenessHarness {
  flavour: Flavour;
  fakes: FakeServices;
  env: Env;
  setup(): void;
  /** The daily trigger firing (runs as the trigger owner); `e` is the trigger's event (a scheduled run passes one with its triggerUid). */
  check(e?: unknown): LatenessCheckResult;
  /** Someone calling the trigger's top-level function by hand (runs as the current user). */
  checkByHand(e?: unknown): LatenessCheckResult;
  checkFromMenu(): LatenessCheckResult;
  onEdit(e: EditEvent): unknown;
  as(email: string): void;
}

/** Entry functions turn UserError into a plain Error with the same message; do the same here. */
function entry<T>(fn: () => T): T {
  try { return fn(); } catch (e) { if (e instanceof UserError) throw new Error(e.message); throw e; }
}

/** `groups: 'defaults'` keeps the dispatch's duties (quarters only, 6 months and the year derived). */
export function makeLatenessHarness(flavour: Flavour, now: Date, user = ADMIN, options: { groups?: 'separate' | 'defaults' } = {}): LatenessHarness {
  const fakes = createFakeServices({ now, activeUser: user, ownerEmail: ADMIN });
  const env = createEnv(fakes.globals as unknown as AppsScriptGlobals, () => fakes.clock.now());
  const as = (email: string): void => fakes.users.setActive(email);
  // These scenarios need every group to owe reports (the dispatch's defaults ask fewer).
  const allGroupsReport = (): void => {
    if (options.groups === 'defaults') return;
    seedSeparateSubmissionGroups(fakes);
    invalidateConfig(env);
  };
  // Installable triggers run as their owner: a time trigger's active and effective user is the
  // owner; an edit trigger's effective user is the owner, the editor stays the active user.
  const owner = (): string | null => fakes.properties.script.get(TRIGGER_OWNER_PROPERTY) ?? null;
  const asTrigger = <T>(fn: () => T, keepActive: boolean): T => {
    const o = owner();
    if (!o) return fn();
    const { active, effective } = fakes.users;
    fakes.users.setActive(keepActive ? active : o, o);
    try { return fn(); } finally { fakes.users.setActive(active, effective); }
  };
  // A time-driven run passes its event, naming the owner's own daily trigger.
  const fired = (e: unknown): unknown => e ?? (() => {
    const t = fakes.triggers.records().find((r) => r.handler === 'checkLateness' && r.owner === (owner() ?? fakes.users.active));
    return t ? { triggerUid: t.id } : undefined;
  })();
  if (flavour === 'modules') {
    return {
      flavour, fakes, env, as,
      setup: () => { entry(() => runSetup(env)); allGroupsReport(); },
      check: (e) => asTrigger(() => entry(() => scheduledCheck(env, fired(e))), false),
      checkByHand: (e) => entry(() => scheduledCheck(env, e)),
      checkFromMenu: () => entry(() => menuCheck(env)),
      onEdit: (e) => asTrigger(() => entry(() => editGuard(env, e)), true),
    };
  }
  const { loadBundle } = require('../../../src/local/vm/load-bundle') as typeof import('../../../src/local/vm/load-bundle');
  const bundle = loadBundle(fakes);
  return {
    flavour, fakes, env, as,
    setup: () => { bundle.call('setup'); allGroupsReport(); },
    check: (e) => asTrigger(() => bundle.call<LatenessCheckResult>('checkLateness', fired(e)), false),
    checkByHand: (e) => bundle.call<LatenessCheckResult>('checkLateness', e),
    checkFromMenu: () => bundle.call<LatenessCheckResult>('checkLatenessFromMenu'),
    onEdit: (e) => asTrigger(() => bundle.callRaw('onEditGuard', e), true),
  };
}

/** The event a time-driven run of the installed daily trigger receives (only its triggerUid matters here). */
export function dailyTriggerEvent(h: LatenessHarness): { triggerUid: string } {
  const t = h.fakes.triggers.records().find((r) => r.handler === 'checkLateness');
  if (!t) throw new Error('no daily trigger installed');
  return { triggerUid: t.id };
}

/** Sets the clock to a Vietnamese wall-clock time, e.g. '2024-03-15T07:00'. */
export function at(h: LatenessHarness, local: string): void {
  h.fakes.clock.set(new Date(`${local}:00+07:00`));
}

function rowOf(h: LatenessHarness, sheet: string, keyColumn: string, key: string): { row: number; header: string[] } {
  const values = h.fakes.spreadsheet.values(sheet);
  const header = values[0] as string[];
  const row = values.findIndex((r) => r[header.indexOf(keyColumn)] === key);
  if (row < 0) throw new Error(`no ${key} in ${sheet}`);
  return { row: row + 1, header };
}

/** Edits one configuration cell by hand, then drops the cached configuration as the edit guard would. */
function setConfigCell(h: LatenessHarness, sheet: string, keyColumn: string, key: string, column: string, value: unknown): void {
  const { row, header } = rowOf(h, sheet, keyColumn, key);
  h.fakes.spreadsheet.sheet(sheet).getRange(row, header.indexOf(column) + 1).setValue(value);
  invalidateConfig(h.env);
}

export function setEmails(h: LatenessHarness, emails: Record<string, string>): void {
  for (const [unit, email] of Object.entries(emails)) setConfigCell(h, SHEETS.units, UNIT_COLUMNS.code, unit, UNIT_COLUMNS.emails, email);
}

export function deactivate(h: LatenessHarness, ...units: string[]): void {
  for (const unit of units) setConfigCell(h, SHEETS.units, UNIT_COLUMNS.code, unit, UNIT_COLUMNS.active, 'Không');
}

export function setSetting(h: LatenessHarness, key: string, value: unknown): void {
  setConfigCell(h, SHEETS.settings, SETTINGS_COLUMNS.key, key, SETTINGS_COLUMNS.value, value);
}

/** An admin records a deadline extension (gia hạn) in the calendar sheet. */
export function addExtension(h: LatenessHarness, unitCode: string, periodId: string, date: string, reason: string): void {
  const header = h.fakes.spreadsheet.values(SHEETS.calendar)[0] as string[];
  const cells: Record<string, unknown> = {
    [CALENDAR_COLUMNS.type]: CALENDAR_ROW_TYPES.extension, [CALENDAR_COLUMNS.period]: periodId, [CALENDAR_COLUMNS.unit]: unitCode,
    [CALENDAR_COLUMNS.date]: date, [CALENDAR_COLUMNS.note]: reason,
  };
  h.fakes.spreadsheet.seed(SHEETS.calendar, [header.map((c) => cells[c] ?? '')]);
  invalidateConfig(h.env);
}

const COMMUNE_VALUES = {
  LOP_TAP_HUAN: 2, TOA_DAM: 1, TIN_BAI: 12, TO_ROI: 300, TAI_LIEU: 4, HINH_THUC_KHAC: 3, CHUYEN_MUC_TRUYEN_THANH: 6, CUOC_THI: 1,
};

/** A commune's report, submitted by the admin at the current fake time (arrangement, not under test). */
export function submitCommune(h: LatenessHarness, unitCode: string, periodId: string): void {
  const saved = h.fakes.users.active;
  h.as(ADMIN);
  const result = submitReport(h.env, { unitCode, periodId, requestId: `req-${unitCode}-${h.fakes.clock.nowMs()}`, values: COMMUNE_VALUES, note: '' });
  h.as(saved);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
}

/** Rows of a sheet as objects keyed by header. */
export function records(h: LatenessHarness, sheet: string): Record<string, unknown>[] {
  const [header, ...rows] = h.fakes.spreadsheet.values(sheet) as unknown[][];
  return rows.filter((r) => r.some((v) => v !== '')).map((r) => Object.fromEntries((header as string[]).map((k, i) => [k, r[i]])));
}
