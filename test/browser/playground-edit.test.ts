// The playground's grid is editable: a value typed into a configuration cell goes through the
// same installable onEdit trigger as in Sheets (the edit guard drops the cached configuration),
// so a unit's new email can submit at once; a protected data sheet stays guarded.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../src/local/report/chromium';
import { startPlayground, type Playground } from '../../src/local/playground/server';
import { typedValue } from '../../src/local/playground/cell-edit';
import { ADMIN } from '../../src/local/workbook/people';
import { SHEETS, UNIT_COLUMNS } from '../../src/server/sheets/names';
import type { SidebarData } from '../../src/contract/rpc';

jest.setTimeout(120_000);
let dir: string;
let playground: Playground;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-playground-edit-'));
  playground = await startPlayground({ port: 0, dir, reset: true, log: () => undefined });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(playground.url);
  await page.waitForSelector('table.grid');
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('typed input is read as Sheets reads it', () => {
  expect(typedValue('1.000')).toBe(1000);
  expect(typedValue('2,5')).toBe(2.5);
  expect(typedValue('TRUE')).toBe(true);
  expect(typedValue("'007")).toBe('007');
  expect((typedValue('16/03/2024') as Date).toISOString()).toBe('2024-03-15T17:00:00.000Z');
  expect(typedValue('31/02/2024')).toBe('31/02/2024');
  expect(typedValue('vanthu@x.vn')).toBe('vanthu@x.vn');
});

test('the admin types a unit\'s email into Đơn vị; the new account sees its unit at once', async () => {
  const wb = playground.session.wb;
  const NEW = 'canbo.moi@camxuyen.gov.vn';
  wb.as(NEW);
  expect(wb.call<SidebarData>('getSidebarData').units).toEqual([]); // warms the configuration cache too
  wb.as(ADMIN);
  await page.click(`#tabs [data-sheet="${SHEETS.units}"]`);
  await page.waitForSelector(`table.grid[data-sheet="${SHEETS.units}"]`);
  const values = wb.services.spreadsheet.values(SHEETS.units);
  const header = values[0].map(String);
  const row = values.findIndex((r) => r[0] === 'XA_CAM_DUE') + 1;
  const col = header.indexOf(UNIT_COLUMNS.emails) + 1;
  await page.dblclick(`table.grid tr[data-row="${row}"] td[data-col="${col}"]`);
  await page.fill('.cell-input', NEW);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.cell-input'));
  expect(await page.isVisible('#alert')).toBe(false);
  await page.waitForFunction(([r, c, v]) => document.querySelector(`table.grid tr[data-row="${r}"] td[data-col="${c}"]`)?.textContent === v, [row, col, NEW] as const);
  expect(wb.services.spreadsheet.values(SHEETS.units)[row - 1][col - 1]).toBe(NEW);
  wb.as(NEW);
  expect(wb.call<SidebarData>('getSidebarData').units.map((u) => u.code)).toEqual(['XA_CAM_DUE']);
  wb.as(ADMIN);
  expect(pageErrors).toEqual([]);
});

test('a sheet answer that arrives while a cell is open neither wipes the cell nor moves its text to another sheet', async () => {
  const wb = playground.session.wb;
  await page.click(`#tabs [data-sheet="${SHEETS.units}"]`);
  await page.waitForSelector(`table.grid[data-sheet="${SHEETS.units}"]`);
  const values = wb.services.spreadsheet.values(SHEETS.units);
  const row = values.findIndex((r) => r[0] === 'XA_CAM_DUE') + 1;
  const col = values[0].map(String).indexOf(UNIT_COLUMNS.emails) + 1;
  // Hold every sheet answer until the cell is open: the page asked for another sheet (a tab
  // click, as a poll after someone else's edit would), and the user double-clicks meanwhile.
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  let held = 0;
  await page.route('**/api/sheet?*', async (route) => { held++; await gate; await route.continue(); });
  try {
    await page.click(`#tabs [data-sheet="${SHEETS.indicators}"]`);
    await page.waitForFunction(() => document.querySelector('#tabs .tab.active')?.textContent?.includes('Chỉ tiêu'));
    expect(held).toBeGreaterThan(0);
    await page.dblclick(`table.grid[data-sheet="${SHEETS.units}"] tr[data-row="${row}"] td[data-col="${col}"]`);
    await page.waitForSelector('.cell-input');
    const answered = page.waitForResponse((r) => r.url().includes('/api/sheet?'));
    release();
    await answered;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    expect(await page.isVisible('.cell-input')).toBe(true); // the late answer did not redraw the grid
  } finally {
    release();
    await page.unroute('**/api/sheet?*');
  }
  const typed = 'ubnd.camdue@camxuyen.gov.vn';
  const indicatorsBefore = JSON.stringify(wb.services.spreadsheet.values(SHEETS.indicators));
  await page.fill('.cell-input', typed);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.cell-input'));
  expect(await page.isVisible('#alert')).toBe(false);
  expect(wb.services.spreadsheet.values(SHEETS.units)[row - 1][col - 1]).toBe(typed);
  expect(JSON.stringify(wb.services.spreadsheet.values(SHEETS.indicators))).toBe(indicatorsBefore);
  // The tab picked last is the sheet drawn once the cell closes.
  await page.waitForSelector(`table.grid[data-sheet="${SHEETS.indicators}"]`);
  expect(pageErrors).toEqual([]);
});
