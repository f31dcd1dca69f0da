// The playground end to end in headless Chromium, against the built dist/: an officer submits
// through the real sidebar, the clock moves past the deadline, the daily trigger runs (status
// sheet and reminders), the admin generates the summary through the real dialog, and the
// report's PDF link opens a real PDF (LibreOffice's rendering of the .docx on Drive). Screenshots go to test-artifacts/playground/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { launchChromium } from '../../src/local/report/chromium';
import { startPlayground, type Playground } from '../../src/local/playground/server';
import { ADMIN, OFFICER, OFFICER_UNIT } from '../../src/local/workbook/people';
import { DATA_COLUMNS, SHEETS } from '../../src/server/sheets/names';

const ARTIFACTS = path.resolve('test-artifacts', 'playground');
jest.setTimeout(180_000);

let dir: string;
let playground: Playground;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

async function shot(name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

async function chooseMenu(fn: string): Promise<void> {
  await page.click('.menu-button');
  await page.click(`.dropdown [data-fn="${fn}"]`);
}

async function openTab(name: string): Promise<void> {
  await page.click(`#tabs [data-sheet="${name}"]`);
  await page.waitForSelector(`table.grid[data-sheet="${name}"]`);
}

/** The drawn grid's rows as arrays of cell texts (row header left out). */
async function gridRows(): Promise<string[][]> {
  return page.$$eval('table.grid tbody tr', (rows) => rows.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-playground-'));
  playground = await startPlayground({ port: 0, dir, reset: true, log: () => undefined });
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Everything the page needs is served from 127.0.0.1: any other request is a bug.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|about:|data:)/, (route) => route.abort());
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(playground.url);
  await page.waitForSelector('table.grid');
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the menu built by onOpen lists the real entry functions', async () => {
  expect(await page.locator('.menu-button').allInnerTexts()).toEqual(['Báo cáo CCHC']);
  await page.click('.menu-button');
  const fns = await page.locator('.dropdown [data-fn]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.fn));
  expect(fns).toEqual(expect.arrayContaining(['showSidebar', 'showSummaryDialog', 'setup']));
  for (const fn of fns) expect(playground.session.wb.bundle.entryNames()).toContain(fn);
  await page.keyboard.press('Escape');
  await page.mouse.click(700, 500);
});

test('an officer submits the quarter on time through the real sidebar', async () => {
  await page.selectOption('#user', OFFICER);
  await page.waitForFunction((email) => (document.getElementById('user') as HTMLSelectElement).value === email, OFFICER);
  await chooseMenu('showSidebar');
  const sidebar = page.frameLocator('#sidebar-frame');
  await sidebar.locator('#period').selectOption('2024-Q1');
  const counts = sidebar.locator('.input-count');
  await counts.first().waitFor();
  const n = await counts.count();
  for (let i = 0; i < n; i++) await counts.nth(i).fill(String(i + 2));
  await sidebar.locator('#submit').click();
  await sidebar.locator('#receipt').waitFor();
  expect(await sidebar.locator('#receipt').innerText()).toContain('Đúng hạn');
  await shot('1-officer-sidebar.png');

  const data = playground.session.wb.services.spreadsheet.values(SHEETS.data);
  const header = data[0].map(String);
  const rows = data.slice(1).filter((r) => r[header.indexOf(DATA_COLUMNS.unit)] === OFFICER_UNIT);
  expect(rows).toHaveLength(1);
  expect(rows[0][header.indexOf(DATA_COLUMNS.period)]).toBe('2024-Q1');
  expect(rows[0][header.indexOf(DATA_COLUMNS.submittedBy)]).toBe(OFFICER);
});

test('past the deadline, the daily trigger marks units and sends reminders', async () => {
  // Move the clock by hand with automatic runs off, then run the trigger explicitly.
  await page.uncheck('#auto-triggers');
  await page.fill('#clock-input', '20/03/2024 08:00');
  await page.click('#clock-set');
  await page.waitForFunction(() => document.getElementById('clock-text')?.textContent?.includes('20/03/2024'));
  expect(playground.session.wb.services.outbox).toHaveLength(0);
  await page.click('#run-daily');
  await page.waitForSelector('#tabs [data-sheet="Trạng thái nộp báo cáo"]');
  await openTab(SHEETS.status);
  const rows = await gridRows();
  const row = (name: string) => rows.find((r) => r.includes(name)) ?? [];
  expect(row('UBND xã Cẩm Bình').join(' ')).toMatch(/đúng hạn/i);
  expect(row('UBND xã Cẩm Duệ').join(' ')).toMatch(/quá hạn|chưa nộp/i);
  await shot('2-status-sheet.png');

  const outbox = playground.session.wb.services.outbox;
  expect(outbox.length).toBeGreaterThan(0);
  expect(outbox.some((m) => m.to.includes('vanthu.camdue@camxuyen.gov.vn'))).toBe(true);
  expect(outbox.some((m) => m.to.includes(OFFICER) && /Quý I/.test(m.body))).toBe(false);
  await page.click('[data-panel="outbox"]');
  await page.waitForSelector('.mail');
  expect(Number(await page.locator('[data-panel="outbox"] .count').innerText())).toBe(outbox.length);
});

test('the admin generates the summary; the PDF and .docx links open the report', async () => {
  await page.selectOption('#user', ADMIN);
  await page.waitForFunction((email) => (document.getElementById('user') as HTMLSelectElement).value === email, ADMIN);
  await chooseMenu('showSummaryDialog');
  const dialog = page.frameLocator('#dialog-frame');
  await dialog.locator('#period').selectOption('2024-Q1');
  await dialog.locator('#go').click();
  await dialog.locator('#out.ok').waitFor({ timeout: 60_000 });
  expect(await dialog.locator('#out').innerText()).toContain('TH 2024-Q1');
  // The dialog's Drive links are pointed at the playground's local copies, so they open offline.
  const hrefs = await dialog.locator('#out a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  // Google Docs is not available offline: its link opens the .docx the Doc was converted from.
  expect(hrefs).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/reports\/2024-Q1-\w+\.docx$/), expect.stringMatching(/\/reports\/2024-Q1-\w+\.pdf$/),
    expect.stringMatching(/\/reports\/2024-Q1-\w+\.docx$/)]);
  const docx = await page.request.get(hrefs[2]);
  expect(docx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const parts = unzipSync(new Uint8Array(await docx.body()));
  expect(strFromU8(parts['word/document.xml'])).toContain('Độc lập - Tự do - Hạnh phúc');
  await shot('3-summary-dialog.png');
  await page.click('#dialog-close');

  await page.waitForSelector('table.grid[data-sheet="TH 2024-Q1"]');
  expect((await gridRows()).some((r) => r.includes('UBND xã Cẩm Bình'))).toBe(true);
  await shot('4-summary-sheet.png');

  await page.click('[data-panel="reports"]');
  const link = page.locator('a.pdf-link').first();
  await link.waitFor({ timeout: 90_000 });
  const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  expect(popup.url()).toMatch(/\/reports\/2024-Q1-[\w]+\.pdf$/);
  const response = await page.request.get(popup.url());
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const pdf = await response.body();
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pdfPath = path.join(dir, 'opened.pdf');
  writeFileSync(pdfPath, pdf);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
  expect(text).toContain('Quý I');
  expect(text).toContain('UBND xã Cẩm Bình');
  await popup.close();
  expect(await page.locator('a.docx-link').first().getAttribute('href')).toMatch(/\/reports\/2024-Q1-\w+\.docx$/);
  await shot('5-reports-panel.png');
  expect(pageErrors).toEqual([]);
});

test('the workbook survives a restart', async () => {
  playground.save();
  const again = await startPlayground({ port: 0, dir, log: () => undefined });
  try {
    const names = again.session.wb.services.spreadsheet.sheetNames();
    expect(names).toEqual(playground.session.wb.services.spreadsheet.sheetNames());
    expect(again.session.wb.services.spreadsheet.values(SHEETS.data)).toEqual(playground.session.wb.services.spreadsheet.values(SHEETS.data));
    expect(again.session.wb.services.outbox).toHaveLength(playground.session.wb.services.outbox.length);
    expect(again.session.extra.reports.map((r) => r.periodId)).toEqual(['2024-Q1']);
    expect(again.session.wb.clockTriggers().map((t) => t.handler)).toEqual(['checkLateness']);
  } finally {
    await again.close();
  }
});
