// A server under test: the fakes plus the use cases called either as modules or through the
// built dist/Code.js in a node:vm context, with the same API so every scenario runs on both.
import { createFakeServices, type FakeServices } from '../../src/local/fakes';
import { standInExporter } from '../../src/local/report/exporters';
import { createEnv, type AppsScriptGlobals, type Env } from '../../src/server/env';
import { runSetup } from '../../src/server/setup/setup';
import { getForm, getSidebarData } from '../../src/server/api/sidebar-data';
import { submitReport } from '../../src/server/api/submit';
import { generateSummary } from '../../src/server/api/generate-summary';
import { UserError } from '../../src/server/auth';
import { invalidateConfig } from '../../src/server/config/load-config';
import type { FormData, SidebarData, SubmitPayload, SubmitResult } from '../../src/contract/rpc';
import { SHEETS, UNIT_COLUMNS } from '../../src/server/sheets/names';

export const ADMIN = 'vhtt@camxuyen.gov.vn';
export const OFFICER = 'vanthu.cambinh@camxuyen.gov.vn';
export const STRANGER = 'nguoi.la@example.com';
export const OFFICER_UNIT = 'XA_CAM_BINH';

export interface ServerApi {
  setup(): unknown;
  getSidebarData(): SidebarData;
  getForm(unitCode: string, periodId: string): FormData;
  submitReport(payload: SubmitPayload | unknown): SubmitResult;
  generateSummary(periodId?: string): unknown;
}

export interface Harness {
  fakes: FakeServices;
  env: Env;
  api: ServerApi;
  as(email: string): void;
}

function moduleApi(env: Env): ServerApi {
  // Entry functions turn UserError into a plain Error with the same message; do the same here.
  const entry = <T>(fn: () => T): T => {
    try { return fn(); } catch (e) { if (e instanceof UserError) throw new Error(e.message); throw e; }
  };
  return {
    setup: () => entry(() => runSetup(env)),
    getSidebarData: () => entry(() => getSidebarData(env)),
    getForm: (u, p) => entry(() => getForm(env, u, p)),
    submitReport: (payload) => entry(() => submitReport(env, payload)),
    generateSummary: (periodId) => entry(() => generateSummary(env, periodId)),
  };
}

export type Flavour = 'modules' | 'bundle';
export const FLAVOURS: Flavour[] = ['modules', 'bundle'];

export function makeHarness(flavour: Flavour, now: Date, user = ADMIN): Harness {
  const fakes = createFakeServices({ now, activeUser: user, ownerEmail: ADMIN });
  // Call-count tests: the exported PDF is a stand-in (test/local/report renders it with LibreOffice).
  fakes.drive.setExporter(standInExporter);
  const env = createEnv(fakes.globals as unknown as AppsScriptGlobals, () => fakes.clock.now());
  let api: ServerApi;
  if (flavour === 'modules') api = moduleApi(env);
  else {
    // Loaded lazily so the module flavour runs even before a build.
    const { loadBundle } = require('../../src/local/vm/load-bundle') as typeof import('../../src/local/vm/load-bundle');
    const bundle = loadBundle(fakes);
    api = {
      setup: () => bundle.call('setup'),
      getSidebarData: () => bundle.call('getSidebarData'),
      getForm: (u, p) => bundle.call('getForm', u, p),
      submitReport: (payload) => bundle.call('submitReport', payload),
      generateSummary: (periodId) => bundle.call('generateSummary', periodId),
    };
  }
  return { fakes, env, api, as: (email) => fakes.users.setActive(email) };
}

/** Edits one cell of a unit's row in the units sheet by hand, as the office would. */
function setUnitCell(h: Harness, unitCode: string, column: string, value: string): void {
  const values = h.fakes.spreadsheet.values(SHEETS.units);
  const header = values[0] as string[];
  const row = values.findIndex((r) => r[header.indexOf(UNIT_COLUMNS.code)] === unitCode);
  if (row < 0) throw new Error(`no unit ${unitCode}`);
  h.fakes.spreadsheet.sheet(SHEETS.units).getRange(row + 1, header.indexOf(column) + 1).setValue(value);
  invalidateConfig(h.env); // what the edit guard does on a manual edit
}

/** A harness after a first setup by the admin that answers the preset prompt (`answer`, e.g. '1' or '2') and the signer's name. */
export function installWithPreset(flavour: Flavour, now: Date, answer: string, signer = 'Nguyễn Văn An'): Harness {
  const h = makeHarness(flavour, now, ADMIN);
  h.fakes.ui.scriptPrompt(answer);
  h.fakes.ui.scriptPrompt(signer);
  h.api.setup();
  return h;
}

export function assignEmail(h: Harness, unitCode: string, email: string): void {
  setUnitCell(h, unitCode, UNIT_COLUMNS.emails, email);
}

export function setActive(h: Harness, unitCode: string, active: boolean): void {
  setUnitCell(h, unitCode, UNIT_COLUMNS.active, active ? 'Có' : 'Không');
}

export function dataRows(h: Harness): unknown[][] {
  return h.fakes.spreadsheet.values(SHEETS.data).slice(1);
}
