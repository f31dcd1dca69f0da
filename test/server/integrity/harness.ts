// The trust features under test, through the modules or the built dist/Code.js in node:vm, on the
// same fakes: every top-level function by name, plus the arrangements an office (or an attacker
// with no script knowledge, typing into the sheet) would make.
import { createFakeServices, type FakeServices } from '../../../src/local/fakes';
import { standInExporter } from '../../../src/local/report/exporters';
import { createEnv, type AppsScriptGlobals, type Env } from '../../../src/server/env';
import { UserError } from '../../../src/server/auth';
import { runSetup } from '../../../src/server/setup/setup';
import { submitReport } from '../../../src/server/api/submit';
import { generateSummary } from '../../../src/server/api/generate-summary';
import { showSummaryDialog } from '../../../src/server/api/summary-dialog';
import { editGuard, menuCheck, scheduledCheck } from '../../../src/server/lateness/entries';
import { changeGuard } from '../../../src/server/config/change-guard';
import { restoreData } from '../../../src/server/integrity/restore';
import { reviewReport } from '../../../src/server/review/transition';
import { DATA_COLUMNS, SETTINGS_COLUMNS, SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import type { SubmitResult } from '../../../src/contract/rpc';
import { ADMIN, type Flavour } from '../harness';

export { ADMIN, FLAVOURS, OFFICER, STRANGER, type Flavour } from '../harness';
export const ADMIN2 = 'pho.phong@camxuyen.gov.vn';
export const OFFICER2 = 'vanthu.camha@camxuyen.gov.vn';

type Fn = (env: Env, ...args: unknown[]) => unknown;
const MODULES: Record<string, Fn> = {
  setup: (env) => runSetup(env),
  submitReport: (env, p) => submitReport(env, p),
  generateSummary: (env, p) => generateSummary(env, p),
  showSummaryDialog: (env) => showSummaryDialog(env),
  checkLateness: (env, e) => scheduledCheck(env, e),
  checkLatenessFromMenu: (env) => menuCheck(env),
  onEditGuard: (env, e) => editGuard(env, e as never),
  onChangeGuard: (env, e) => changeGuard(env, e as never),
  restoreData: (env) => restoreData(env),
  reviewReport: (env, p) => reviewReport(env, p),
};

export interface TrustHarness {
  flavour: Flavour;
  fakes: FakeServices;
  env: Env;
  /** Calls a top-level function as the current user; user errors come back as plain Errors. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Events are objects with ranges: passed as they are, not through JSON. */
  callRaw<T = unknown>(name: string, ...args: unknown[]): T;
  as(email: string): void;
}

export function makeTrustHarness(flavour: Flavour, now: Date): TrustHarness {
  const fakes = createFakeServices({ now, activeUser: ADMIN, ownerEmail: ADMIN });
  // The converted Doc's PDF export: checked, not rendered (LibreOffice is for the demo's PDF).
  fakes.drive.setExporter(standInExporter);
  const env = createEnv(fakes.globals as unknown as AppsScriptGlobals, () => fakes.clock.now());
  const as = (email: string): void => fakes.users.setActive(email);
  if (flavour === 'modules') {
    const call = <T>(name: string, ...args: unknown[]): T => {
      try { return MODULES[name](env, ...args) as T; } catch (e) { if (e instanceof UserError) throw new Error(e.message); throw e; }
    };
    return { flavour, fakes, env, as, call, callRaw: call };
  }
  const { loadBundle } = require('../../../src/local/vm/load-bundle') as typeof import('../../../src/local/vm/load-bundle');
  const bundle = loadBundle(fakes);
  return { flavour, fakes, env, as, call: (n, ...a) => bundle.call(n, ...a), callRaw: (n, ...a) => bundle.callRaw(n, ...a) };
}

/** The event Google hands the installed trigger `handler` (its triggerUid is what matters). */
export function triggerEvent(h: TrustHarness, handler: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const t = h.fakes.triggers.records().find((r) => r.handler === handler);
  if (!t) throw new Error(`no ${handler} trigger`);
  return { triggerUid: t.id, authMode: 'FULL', ...extra };
}

/** Row (1-based) of `key` in column `keyColumn` of `sheet`, and the sheet's header. */
export function rowOf(h: TrustHarness, sheet: string, keyColumn: string, key: string): { row: number; header: string[] } {
  const values = h.fakes.spreadsheet.values(sheet);
  const header = values[0] as string[];
  const row = values.findIndex((r) => r[header.indexOf(keyColumn)] === key);
  if (row < 0) throw new Error(`no ${key} in ${sheet}`);
  return { row: row + 1, header };
}

/** Types into one cell as the current user would in the browser (protections apply). */
export function typeInto(h: TrustHarness, sheet: string, row: number, col: number, value: unknown): void {
  h.fakes.spreadsheet.sheet(sheet).getRange(row, col).setValue(value);
}

export function adminsCell(h: TrustHarness): { row: number; col: number } {
  const { row, header } = rowOf(h, SHEETS.settings, SETTINGS_COLUMNS.key, 'admins');
  return { row, col: header.indexOf(SETTINGS_COLUMNS.value) + 1 };
}

export function emailsCell(h: TrustHarness, unitCode: string): { row: number; col: number } {
  const { row, header } = rowOf(h, SHEETS.units, UNIT_COLUMNS.code, unitCode);
  return { row, col: header.indexOf(UNIT_COLUMNS.emails) + 1 };
}

/** The office (as the admin) gives units their officers' emails, and the edit guard runs. */
export function assignEmails(h: TrustHarness, emails: Record<string, string>): void {
  const saved = h.fakes.users.active;
  h.as(ADMIN);
  for (const [unit, email] of Object.entries(emails)) {
    const { row, col } = emailsCell(h, unit);
    typeInto(h, SHEETS.units, row, col, email);
    h.callRaw('onEditGuard', { ...triggerEvent(h, 'onEditGuard'), range: h.fakes.spreadsheet.sheet(SHEETS.units).getRange(row, col), value: email });
  }
  h.as(saved);
}

export const VALUES = { LOP_TAP_HUAN: 2, TOA_DAM: 1, TIN_BAI: 12, TO_ROI: 300, TAI_LIEU: 4, HINH_THUC_KHAC: 3, CHUYEN_MUC_TRUYEN_THANH: 6, CUOC_THI: 1 };

let requestSeq = 0;
/** A unit's submission by its officer (the current user), through submitReport. */
export function submit(h: TrustHarness, unitCode: string, periodId: string, values: Record<string, number> = VALUES): SubmitResult {
  return h.call<SubmitResult>('submitReport', { unitCode, periodId, requestId: `req-${unitCode}-${periodId}-${++requestSeq}-${h.flavour}`, values, note: '' });
}

/** Data rows as objects keyed by header (the link column included). */
export function dataRecords(h: TrustHarness): Record<string, unknown>[] {
  const [header, ...rows] = h.fakes.spreadsheet.values(SHEETS.data) as unknown[][];
  return rows.filter((r) => r.some((v) => v !== '')).map((r) => Object.fromEntries((header as string[]).map((k, i) => [k, r[i]])));
}

/** What a report is about and says, without the link: for comparing contents. */
export function contentOf(r: Record<string, unknown>): string {
  const { [DATA_COLUMNS.unit]: unit, [DATA_COLUMNS.period]: period, [DATA_COLUMNS.revision]: rev, TIN_BAI, TO_ROI } = r;
  return `${String(unit)}/${String(period)}#${String(rev)} TIN_BAI=${String(TIN_BAI)} TO_ROI=${String(TO_ROI)}`;
}
