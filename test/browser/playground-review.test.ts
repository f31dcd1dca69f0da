// The office's review loop through the playground page itself, in headless Chromium, with two
// tabs open at once on one workbook: tab 1 is the commune officer, tab 2 the admin (VH-TT).
// The admin types a plausible maximum into Chỉ tiêu (through onEdit), the officer submits an
// outlier in the sidebar and confirms it, the admin sees it flagged in Xem xét báo cáo… and
// returns it with a reason, the officer (still in tab 1) reads the reason and resubmits, the
// admin approves and generates the summary, which marks the report approved. Each tab keeps its
// own user throughout. Screenshots go to test-artifacts/playground-review/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { launchChromium } from '../../src/local/report/chromium';
import { startPlayground, type Playground } from '../../src/local/playground/server';
import { ADMIN, OFFICER, OFFICER_UNIT } from '../../src/local/workbook/people';
import { DATA_COLUMNS, SHEETS } from '../../src/server/sheets/names';

const ARTIFACTS = path.resolve('test-artifacts', 'playground-review');
const REASON = 'Số lớp tập huấn 90 có đúng không? Gửi kèm danh sách lớp.';
const UNIT_NAME = 'UBND xã Cẩm Bình';
const COUNTS = ['LOP_TAP_HUAN', 'TOA_DAM', 'TIN_BAI', 'TO_ROI', 'TAI_LIEU', 'CHUYEN_MUC_TRUYEN_THANH', 'CUOC_THI', 'HINH_THUC_KHAC'];
jest.setTimeout(300_000);

let dir: string;
let playground: Playground;
let browser: Browser;
let context: BrowserContext;
let officer: Page;
let admin: Page;
const problems: string[] = [];

async function openTab(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await page.goto(playground.url);
  await page.waitForSelector('table.grid');
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, name) });
}

const tabIdOf = (page: Page): Promise<string> => page.evaluate(() => sessionStorage.getItem('cchc-playground-tab') ?? '');

async function chooseUser(page: Page, email: string): Promise<void> {
  await page.selectOption('#user', email);
  await page.waitForFunction((e) => document.body.dataset.user === e, email);
}

/** What the tab shows as its user, and whom the server runs its calls as. */
async function userOf(page: Page): Promise<{ shown: string; server: string }> {
  return { shown: await page.inputValue('#user'), server: playground.session.userOf(await tabIdOf(page)) };
}

async function expectUsers(): Promise<void> {
  expect(await userOf(officer)).toEqual({ shown: OFFICER, server: OFFICER });
  expect(await userOf(admin)).toEqual({ shown: ADMIN, server: ADMIN });
}

async function chooseMenu(page: Page, fn: string, caption: string): Promise<void> {
  await page.click('.menu-button');
  const item = page.locator(`.dropdown [data-fn="${fn}"]`);
  expect(await item.innerText()).toBe(caption);
  await item.click();
}

async function openSheet(page: Page, name: string): Promise<void> {
  await page.click(`#tabs [data-sheet="${name}"]`);
  await page.waitForSelector(`table.grid[data-sheet="${name}"]`);
}

/** Double-clicks a grid cell, types `text` and presses Enter (the edit goes through onEdit). */
async function typeInto(page: Page, row: number, col: number, text: string): Promise<void> {
  await page.dblclick(`table.grid tr[data-row="${row}"] td[data-col="${col}"]`);
  await page.fill('.cell-input', text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.cell-input'));
}

const cellText = (page: Page, row: number, col: number): Promise<string> =>
  page.locator(`table.grid tr[data-row="${row}"] td[data-col="${col}"]`).innerText();

async function pickPeriod(sidebar: FrameLocator): Promise<void> {
  await sidebar.locator('#period').selectOption('2024-Q1');
  await sidebar.locator('#submit').waitFor();
}

function dataRows(): Record<string, unknown>[] {
  const [header, ...rows] = playground.session.wb.services.spreadsheet.values(SHEETS.data);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]]))).filter((r) => r[DATA_COLUMNS.unit] === OFFICER_UNIT);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-playground-review-'));
  playground = await startPlayground({ port: 0, dir, reset: true, log: () => undefined });
  browser = await launchChromium();
  // One browser, two tabs: they share the context (cookies, BroadcastChannel) but not sessionStorage.
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|about:|data:)/, (route) => route.abort());
  officer = await openTab();
  await chooseUser(officer, OFFICER);
  admin = await openTab();
  await chooseUser(admin, ADMIN);
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('two tabs are two users at once, and a reload keeps each tab\'s user', async () => {
  const [one, two] = [await tabIdOf(officer), await tabIdOf(admin)];
  expect(one).toMatch(/^t[0-9a-f]{24}$/);
  expect(two).toMatch(/^t[0-9a-f]{24}$/);
  expect(one).not.toBe(two);
  await officer.reload();
  await officer.waitForFunction((e) => document.body.dataset.user === e, OFFICER);
  expect(await tabIdOf(officer)).toBe(one);
  await expectUsers();
  expect(await officer.title()).toMatch(/^Văn thư/);
  expect(await admin.title()).not.toBe(await officer.title());
});

test('a tab opened from the officer\'s (sessionStorage copied) takes an id of its own and starts as the officer', async () => {
  const [copy] = await Promise.all([context.waitForEvent('page'), officer.evaluate(() => { window.open(location.href); })]);
  try {
    copy.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    const one = await tabIdOf(officer);
    await copy.waitForFunction((first) => { const id = sessionStorage.getItem('cchc-playground-tab'); return !!id && id !== first; }, one);
    const id = await tabIdOf(copy);
    await copy.waitForFunction((e) => document.body.dataset.user === e, OFFICER);
    expect(playground.session.userOf(id)).toBe(OFFICER);
    await chooseUser(copy, ADMIN);
    expect(await tabIdOf(officer)).toBe(one);
    await expectUsers();
  } finally {
    await copy.close();
  }
});

test('the review loop, officer in tab 1 and admin in tab 2', async () => {
  // 0. The admin adds "Mức hợp lý tối đa" to Chỉ tiêu by typing into the grid: 50 classes a quarter.
  //    The officer's tab may not (Chỉ tiêu is protected for the admins).
  await openSheet(admin, SHEETS.indicators);
  const { row, col } = await admin.evaluate(() => {
    const header = Array.from(document.querySelectorAll('table.grid tr[data-row="1"] td'));
    const free = header.find((td, i) => td.textContent === '' && header.slice(0, i).every((x) => x.textContent !== ''))!;
    const line = Array.from(document.querySelectorAll('table.grid tbody tr')).find((tr) => tr.querySelector('td')?.textContent === 'LOP_TAP_HUAN')!;
    return { row: Number((line as HTMLElement).dataset.row), col: Number((free as HTMLElement).dataset.col) };
  });
  await openSheet(officer, SHEETS.indicators);
  await typeInto(officer, 1, col, 'Mức hợp lý tối đa');
  await officer.waitForSelector('#alert:not([hidden])');
  expect(await officer.innerText('#alert-body')).toContain('protected');
  await officer.click('#alert-ok');
  expect(await cellText(officer, 1, col)).toBe('');
  await typeInto(admin, 1, col, 'Mức hợp lý tối đa');
  await typeInto(admin, row, col, '50');
  expect(await admin.isVisible('#alert')).toBe(false);
  await admin.waitForFunction(([r, c]) => document.querySelector(`table.grid tr[data-row="${r}"] td[data-col="${c}"]`)?.textContent === '50', [row, col] as const);
  // The officer's tab shows the admin's edit on its next poll.
  await officer.waitForFunction(([r, c]) => document.querySelector(`table.grid tr[data-row="${r}"] td[data-col="${c}"]`)?.textContent === '50', [row, col] as const);
  await expectUsers();

  await openSheet(admin, SHEETS.data);
  expect(await admin.locator('table.grid tbody tr', { hasText: OFFICER }).count()).toBe(0);

  // 1. The officer opens the form, types 90 classes; the form asks to confirm it; the officer does.
  await chooseMenu(officer, 'showSidebar', 'Nộp báo cáo…');
  const form = officer.frameLocator('#sidebar-frame');
  await pickPeriod(form);
  for (const [i, code] of COUNTS.entries()) await form.locator(`#f-${code}`).fill(code === 'LOP_TAP_HUAN' ? '90' : String(i + 1));
  await form.locator('#submit').click();
  await form.locator('#confirm-box').waitFor();
  expect(await form.locator('#confirm-box').innerText()).toContain('Số lớp tập huấn về CCHC: 90');
  expect(dataRows()).toHaveLength(0);
  await form.locator('#confirm-LOP_TAP_HUAN').check();
  await shot(officer, '1-officer-confirms.png');
  await form.locator('#confirm-send').click();
  await form.locator('.receipt').waitFor();
  expect(dataRows().map((r) => [r[DATA_COLUMNS.revision], r[DATA_COLUMNS.submittedBy], r['Xác nhận số liệu bất thường']])).toEqual([[1, OFFICER, 'LOP_TAP_HUAN=90 (vượt mức hợp lý tối đa 50)']]);
  // The admin's tab, open on the (hidden) data sheet meanwhile, shows the new row on its next poll.
  await admin.locator('table.grid tbody tr', { hasText: OFFICER }).filter({ hasText: OFFICER_UNIT }).first().waitFor();
  await expectUsers();

  // 2. The admin opens the dashboard from the menu: the figure is flagged; the admin returns it.
  await chooseMenu(admin, 'showReviewDialog', 'Xem xét báo cáo…');
  const review = admin.frameLocator('#dialog-frame');
  const line = review.locator(`tr[data-unit="${OFFICER_UNIT}"]`);
  await line.waitFor();
  expect(await review.locator('#period').inputValue()).toBe('2024-Q1');
  expect(await line.locator('.review-state').innerText()).toBe('Đã nhận');
  const cell = line.locator('td[data-code="LOP_TAP_HUAN"]');
  expect(await cell.getAttribute('class')).toContain('outlier');
  expect(await cell.getAttribute('title')).toBe('Vượt mức hợp lý tối đa (50).');
  expect(await cell.innerText()).toContain('90');
  await shot(admin, '2-admin-dashboard.png');
  await line.locator('button[data-open]').click();
  await review.locator('#revisions').waitFor();
  await review.locator('#reason').fill(REASON);
  await review.locator('#return').click();
  await review.locator('#status.ok').waitFor();
  expect(await review.locator('#status').innerText()).toBe(`${UNIT_NAME}: Cần bổ sung (lần nộp 1), đã gửi email tới ${OFFICER}.`);
  expect(await line.locator('.review-state').innerText()).toBe('Cần bổ sung');
  // The return mail is in the outbox panel of either tab (one workbook, one outbox).
  await officer.click('[data-panel="outbox"]');
  const mail = officer.locator('.mail', { hasText: OFFICER }).first();
  await mail.waitFor();
  await mail.locator('summary').click();
  expect(await mail.locator('.mail-body').innerText()).toContain(REASON);
  await expectUsers();

  // 3. Meanwhile in tab 1 the officer opens the form again: the reason is at the top; resubmits.
  await form.locator('body').evaluate((body) => { body.dataset.stale = 'yes'; });
  await chooseMenu(officer, 'showSidebar', 'Nộp báo cáo…');
  await form.locator('body:not([data-stale])').waitFor(); // the form loaded afresh
  await pickPeriod(form);
  const notice = form.locator('#review-notice');
  await notice.waitFor();
  expect(await notice.innerText()).toContain(REASON);
  expect(await notice.innerText()).toContain('Báo cáo cần bổ sung (lần nộp 1');
  await shot(officer, '3-officer-sees-reason.png');
  await form.locator('#f-LOP_TAP_HUAN').fill('2');
  await form.locator('#submit').click();
  await form.locator('.receipt').waitFor();
  expect(await form.locator('.receipt-list').innerText()).toContain('Thay đổi so với lần trước\nSố lớp tập huấn về CCHC');
  expect(dataRows().map((r) => [r[DATA_COLUMNS.revision], r[DATA_COLUMNS.submittedBy]])).toEqual([[1, OFFICER], [2, OFFICER]]);
  await expectUsers();

  // 4. The admin reloads the dashboard: revision 2 is back at "Đã nhận", the change marked; approves.
  await review.locator('#reload').click();
  await line.locator('.review-state').filter({ hasText: /^Đã nhận$/ }).waitFor();
  await line.locator('button[data-open]').click();
  await review.locator('#revisions thead th').nth(2).waitFor();
  expect(await review.locator('#revisions thead th').count()).toBe(3);
  expect(await review.locator('#revisions td.changed').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-code')))).toEqual(['LOP_TAP_HUAN']);
  await review.locator('#approve').click();
  await review.locator('#status.ok').waitFor();
  expect(await line.locator('.review-state').innerText()).toBe('Đã duyệt');
  await shot(admin, '4-admin-approved.png');
  await admin.click('#dialog-close');
  await expectUsers();

  // 5. The admin generates the summary from the menu; the summary sheet marks the report approved.
  await chooseMenu(admin, 'showSummaryDialog', 'Tạo báo cáo tổng hợp…');
  const summary = admin.frameLocator('#dialog-frame');
  await summary.locator('#period').selectOption('2024-Q1');
  await summary.locator('#go').click();
  await summary.locator('#out.ok').waitFor({ timeout: 150_000 });
  expect(await summary.locator('#out').innerText()).toContain('TH 2024-Q1');
  await admin.click('#dialog-close');
  await admin.waitForSelector('table.grid[data-sheet="TH 2024-Q1"]');
  const rows = await admin.$$eval('table.grid tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
  const unitRow = rows.find((r) => r.includes(UNIT_NAME));
  expect(unitRow).toBeDefined();
  expect(unitRow!.filter((t) => t !== '').at(-1)).toMatch(/^Đã duyệt/);
  await admin.locator('table.grid td', { hasText: /^Đã duyệt/ }).first().scrollIntoViewIfNeeded();
  await shot(admin, '5-summary-approved.png');
  await expectUsers();

  // Every call from tab 1's sidebar ran as the officer's tab, every review call came from tab 2.
  const [one, two] = [await tabIdOf(officer), await tabIdOf(admin)];
  const sidebarCalls = playground.sidebarBridge.calls;
  // submitReport: the outlier (answered "confirm first"), the confirmed one, the resubmission.
  expect(sidebarCalls.filter((c) => c.fn === 'submitReport').map((c) => [c.tab, c.outcome])).toEqual([[one, 'success'], [one, 'success'], [one, 'success']]);
  expect(sidebarCalls.every((c) => c.tab === one)).toBe(true);
  const dialogCalls = playground.dialogBridge.calls;
  expect(dialogCalls.filter((c) => c.fn === 'reviewReport').map((c) => c.tab)).toEqual([two, two]);
  expect(dialogCalls.find((c) => c.fn === 'generateSummary')?.tab).toBe(two);
  expect(problems).toEqual([]);
});
