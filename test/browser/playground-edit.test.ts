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
