// The world the sidebar browser tests run in: the built dist/Code.js in node:vm with the Apps
// Script fakes (set up as the office would: setup() by the admin, an officer's email on a
// commune), the bridge serving the built dist/Sidebar.html, and headless Chromium at 300 px.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { Browser, Dialog, Page } from 'playwright-core';
import { createFakeServices, type FakeServices } from '../../src/local/fakes';
import { standInExporter } from '../../src/local/report/exporters';
import { loadBundle } from '../../src/local/vm/load-bundle';
import { startBridgeServer, type BridgeServer } from '../../src/local/bridge';
import { launchChromium } from '../../src/local/report/chromium';
import { DATA_COLUMNS, SHEETS, UNIT_COLUMNS } from '../../src/server/sheets/names';

export const ADMIN = 'vhtt@camxuyen.gov.vn';
export const OFFICER = 'vanthu.cambinh@camxuyen.gov.vn';
export const STRANGER = 'nguoi.la@example.com';
export const OFFICER_UNIT = 'XA_CAM_BINH';
export const SIDEBAR_ENTRIES = ['getSidebarData', 'getForm', 'submitReport', 'getIncomingReports'];
export const ARTIFACTS = path.resolve('test-artifacts');

export interface World {
  fakes: FakeServices;
  call(fn: string, ...args: unknown[]): unknown;
  bridge: BridgeServer;
  /** Calls the page made to one entry function. */
  callsTo(fn: string): BridgeServer['calls'];
  dataRows(): Record<string, unknown>[];
  close(): Promise<void>;
}

/** A fresh workbook at `now`: set up by the admin, the officer assigned to Cẩm Bình, the officer at the keyboard. */
export async function makeWorld(now: Date): Promise<World> {
  for (const file of ['dist/Code.js', 'dist/Sidebar.html']) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the browser tests`);
  }
  const fakes = createFakeServices({ now, activeUser: ADMIN, ownerEmail: ADMIN });
  // The report's PDF export (when a test generates a summary): checked, not rendered.
  fakes.drive.setExporter(standInExporter);
  const bundle = loadBundle(fakes);
  const call = (fn: string, ...args: unknown[]): unknown => bundle.call(fn, ...args);
  // The bridge gets the bundle's raw results (not JSON-cloned), so it can null what
  // google.script.run cannot carry, such as a Date, as Google does, instead of hiding it as a string.
  const parseInVm = vm.runInContext('JSON.parse', bundle.context) as (text: string) => unknown;
  const callRaw = (fn: string, args: unknown[]): unknown =>
    bundle.callRaw(fn, ...args.map((a) => (a === undefined ? undefined : parseInVm(JSON.stringify(a)))));
  call('setup');
  assignEmail(fakes, OFFICER_UNIT, OFFICER);
  call('setup'); // a configuration edit: setup() drops the cached configuration
  fakes.users.setActive(OFFICER);
  const bridge = await startBridgeServer({ call: callRaw, allowed: SIDEBAR_ENTRIES });
  return {
    fakes, call, bridge,
    callsTo: (fn) => bridge.calls.filter((c) => c.fn === fn),
    dataRows: () => rowsOf(fakes, SHEETS.data),
    close: () => bridge.close(),
  };
}

function assignEmail(fakes: FakeServices, unitCode: string, email: string): void {
  const sheet = fakes.spreadsheet.sheet(SHEETS.units);
  const values = fakes.spreadsheet.values(SHEETS.units);
  const header = values[0].map(String);
  const row = values.findIndex((r) => r[header.indexOf(UNIT_COLUMNS.code)] === unitCode);
  if (row < 1) throw new Error(`no unit ${unitCode}`);
  sheet.getRange(row + 1, header.indexOf(UNIT_COLUMNS.emails) + 1).setValue(email);
}

/** A sheet's rows as objects keyed by header. */
export function rowsOf(fakes: FakeServices, name: string): Record<string, unknown>[] {
  const [header, ...rows] = fakes.spreadsheet.values(name);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

export const col = DATA_COLUMNS;

export interface Browsing {
  browser: Browser;
  dialogs: string[];
  open(world: World): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with every request outside 127.0.0.1 aborted: the page must work offline. */
export async function startBrowsing(): Promise<Browsing> {
  const browser = await launchChromium();
  const dialogs: string[] = [];
  return {
    browser,
    dialogs,
    async open(world) {
      const context = await browser.newContext({ viewport: { width: 300, height: 900 }, locale: 'vi-VN', timezoneId: 'America/New_York' });
      await context.route('**/*', (route) =>
        route.request().url().startsWith(world.bridge.url) ? route.continue() : route.abort());
      const page = await context.newPage();
      page.on('dialog', (dialog: Dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      page.on('pageerror', (error) => dialogs.push(`pageerror: ${error.message}`));
      await page.goto(world.bridge.url);
      return page;
    },
    close: () => browser.close(),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// ---- Shared by the sidebar test files -------------------------------------------------------

/** Q1/2024 is open, due 18/03/2024 23:59 (16/03 is a Saturday, so the deadline moves to Monday). */
export const NOW = new Date('2024-03-10T09:00:00+07:00');
/** The commune form's counts, in form order. */
export const COUNTS = ['LOP_TAP_HUAN', 'TOA_DAM', 'TIN_BAI', 'TO_ROI', 'TAI_LIEU', 'CHUYEN_MUC_TRUYEN_THANH', 'CUOC_THI', 'HINH_THUC_KHAC'];

export function communeValues(overrides: Record<string, number | string | null> = {}): Record<string, number | string | null> {
  return { ...Object.fromEntries(COUNTS.map((c, i) => [c, i + 1])), MO_TA_HINH_THUC_KHAC: null, ...overrides };
}

export async function pickPeriod(page: Page, periodId = '2024-Q1'): Promise<void> {
  await page.selectOption('#period', periodId);
  await page.waitForSelector('#submit');
}

export async function fillCounts(page: Page, values: Record<string, string>): Promise<void> {
  for (const [code, value] of Object.entries(values)) await page.fill(`#f-${code}`, value);
}

export const text = (page: Page, selector: string): Promise<string> => page.locator(selector).innerText();

/**
 * Registers the hooks of a sidebar test file: one browser for the file, a fresh world at NOW per
 * test, and after each test the check that no dialog (alert from injected markup) or uncaught
 * page error happened.
 */
export function useSidebarWorld(): { browsing(): Browsing; world(): World; rowsFor(unit: string): Record<string, unknown>[] } {
  let browsing: Browsing;
  let world: World;
  beforeAll(async () => { browsing = await startBrowsing(); });
  afterAll(async () => { await browsing?.close(); });
  beforeEach(async () => {
    browsing.dialogs.length = 0;
    world = await makeWorld(NOW);
  });
  afterEach(async () => {
    await world?.close();
    expect(browsing.dialogs).toEqual([]);
  });
  return {
    browsing: () => browsing,
    world: () => world,
    rowsFor: (unit) => world.dataRows().filter((r) => r[col.unit] === unit),
  };
}
