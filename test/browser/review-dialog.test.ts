// The office's review dialog in headless Chromium: the built dist/Review.html through the bridge
// to the built dist/Code.js (`npm run build` first). An outlier is flagged, the admin returns the
// report with a reason (the unit is mailed), the unit resubmits, the admin approves.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startBridgeServer } from '../../src/local/bridge';
import { SHEETS } from '../../src/server/sheets/names';
import { recordRow } from '../../src/server/storage/submissions';
import { launchChromium } from '../../src/local/report/chromium';
import { ADMIN, NOW, OFFICER, OFFICER_UNIT, communeValues, fillCounts, makeWorld, pickPeriod, screenshot, text, type World } from './sidebar-world';

const REVIEW_ENTRIES = ['getReviewDashboard', 'getReviewDetail', 'reviewReport'];
let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => { await browser?.close(); });

async function openDialog(world: World): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  if (!existsSync('dist/Review.html')) throw new Error('dist/Review.html is missing: run `npm run build` first');
  const bridge = await startBridgeServer({
    call: (fn, args) => world.call(fn, ...args), allowed: REVIEW_ENTRIES, sidebarPath: path.resolve('dist/Review.html'),
  });
  const context = await browser.newContext({ viewport: { width: 1100, height: 680 }, locale: 'vi-VN', timezoneId: 'America/New_York' });
  await context.route('**/*', (route) => (route.request().url().startsWith(bridge.url) ? route.continue() : route.abort()));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { errors.push(d.message()); void d.dismiss(); });
  await page.goto(bridge.url);
  return { page, errors, close: async () => { await context.close(); await bridge.close(); } };
}

/** The officer's sidebar form on the period, in a page of its own (its errors join `errors`). */
async function officerForm(world: World, errors: string[]): Promise<Page> {
  world.fakes.users.setActive(OFFICER);
  const form = await browser.newPage({ viewport: { width: 300, height: 900 } });
  form.on('pageerror', (e) => errors.push(e.message));
  await form.goto(world.bridge.url);
  await form.waitForSelector('#period');
  await pickPeriod(form);
  return form;
}

test('the review loop: the officer confirms an outlier, the admin returns it with a reason, the officer resubmits, the admin approves, the summary says approved', async () => {
  const world = await makeWorld(NOW);
  // Last year's quarters: one or two classes a quarter; this quarter says 90.
  const header = world.fakes.spreadsheet.values(SHEETS.data)[0].map(String);
  world.fakes.spreadsheet.seed(SHEETS.data, ['2023-Q1', '2023-Q2', '2023-Q3', '2023-Q4'].map((q, i) => recordRow(header, {
    id: `seed-${q}`, requestId: `seedreq-${q}`, unitCode: OFFICER_UNIT, periodId: q, revision: 1, submittedAt: new Date(Date.UTC(2023, 3 * i + 2, 17)),
    submittedBy: OFFICER, timeliness: 'on_time', values: communeValues({ LOP_TAP_HUAN: 1 + (i % 2) }), note: '', nothingToReport: false, evidenceUrl: '',
  })));
  const seeded = world.dataRows().length;
  // The office (an admin: Chỉ tiêu is protected for them) adds the optional "Mức hợp lý tối đa"
  // column to Chỉ tiêu: 50 classes a quarter.
  world.fakes.users.setActive(ADMIN);
  const indicators = world.fakes.spreadsheet.values(SHEETS.indicators);
  const sheet = world.fakes.spreadsheet.sheet(SHEETS.indicators);
  const maxCol = indicators[0].length + 1;
  sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
  sheet.getRange(1, maxCol).setValue('Mức hợp lý tối đa');
  sheet.getRange(indicators.findIndex((r) => r[0] === 'LOP_TAP_HUAN') + 1, maxCol).setValue(50);
  world.call('setup'); // drops the cached configuration, as the edit guard would
  world.fakes.users.setActive(OFFICER);
  const { page, errors, close } = await openDialog(world);
  try {
    // 1. The officer types 90 classes in the form; the server asks to confirm it; the officer does.
    const first = await officerForm(world, errors);
    const typed = Object.fromEntries(Object.entries(communeValues({ LOP_TAP_HUAN: 90 })).filter(([, v]) => typeof v === 'number').map(([k, v]) => [k, String(v)]));
    await fillCounts(first, typed);
    await first.click('#submit');
    await first.waitForSelector('#confirm-box');
    expect(await text(first, '#confirm-box')).toContain('Số lớp tập huấn về CCHC: 90');
    expect(world.dataRows()).toHaveLength(seeded);
    await first.click('#confirm-send'); // not ticked: nothing sent
    expect(await first.isVisible('#confirm-hint')).toBe(true);
    await first.check('#confirm-LOP_TAP_HUAN');
    await screenshot(first, 'review-officer-confirm.png');
    await first.click('#confirm-send');
    await first.waitForSelector('.receipt');
    await first.close();
    expect(world.dataRows()).toHaveLength(seeded + 1);
    expect(world.dataRows().at(-1)!['Xác nhận số liệu bất thường']).toBe('LOP_TAP_HUAN=90 (vượt mức hợp lý tối đa 50 và gấp hơn 5 lần trung vị các kỳ trước 1,5)');

    // 2. The admin opens the dashboard and sees it flagged.
    world.fakes.users.setActive(ADMIN);
    await page.reload();
    const row = page.locator(`tr[data-unit="${OFFICER_UNIT}"]`);
    await row.waitFor();
    expect(await page.inputValue('#period')).toBe('2024-Q1');
    expect(await row.locator('.review-state').innerText()).toBe('Đã nhận');
    const cell = row.locator('td[data-code="LOP_TAP_HUAN"]');
    expect(await cell.getAttribute('class')).toContain('outlier');
    expect(await cell.getAttribute('title')).toBe('Vượt mức hợp lý tối đa (50).');
    expect(await cell.innerText()).toContain('90');
    await screenshot(page, 'review-dashboard.png');

    await row.locator('button[data-open]').click();
    await page.waitForSelector('#revisions');
    await page.click('#return'); // no reason: refused, nothing stored
    await page.waitForSelector('#status.error');
    expect(await page.innerText('#status')).toContain('lý do');
    await page.fill('#reason', 'Số lớp tập huấn 90 có đúng không? Gửi kèm danh sách lớp.');
    await page.click('#return');
    await page.waitForSelector('#status.ok');
    expect(await page.innerText('#status')).toBe(`UBND xã Cẩm Bình: Cần bổ sung (lần nộp 1), đã gửi email tới ${OFFICER}.`);
    expect(await row.locator('.review-state').innerText()).toBe('Cần bổ sung');
    expect(world.fakes.outbox.map((m) => m.to)).toEqual([OFFICER]);

    // The officer opens the form, sees the reason at the top, corrects the figure and sends it.
    const officer = await officerForm(world, errors);
    expect(await text(officer, '#review-notice')).toContain('Số lớp tập huấn 90 có đúng không? Gửi kèm danh sách lớp.');
    expect(await text(officer, '#review-notice')).toContain('Báo cáo cần bổ sung (lần nộp 1 được trả lại lúc 10/03/2024 09:00)');
    await officer.fill('#f-LOP_TAP_HUAN', '2');
    await officer.click('#submit');
    await officer.waitForSelector('.receipt');
    expect(await text(officer, '.receipt-list')).toContain('Thay đổi so với lần trước\nSố lớp tập huấn về CCHC');
    expect(await officer.locator('.history-item').first().innerText()).toContain('Thay đổi: Số lớp tập huấn về CCHC');
    await screenshot(officer, 'review-officer-resubmitted.png');
    await officer.close();
    world.fakes.users.setActive(ADMIN);
    // The dialog shows revision 2 back at "Đã nhận" with the change marked.
    await page.click('#reload');
    await page.waitForFunction((u) => document.querySelector(`tr[data-unit="${u}"] .review-state`)?.textContent === 'Đã nhận', OFFICER_UNIT);
    await row.locator('button[data-open]').click();
    await page.waitForFunction(() => document.querySelectorAll('#revisions thead th').length === 3);
    expect(await page.locator('#revisions td.changed').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-code')))).toEqual(['LOP_TAP_HUAN']);
    await page.click('#approve');
    await page.waitForSelector('#status.ok');
    expect(await row.locator('.review-state').innerText()).toBe('Đã duyệt');
    await screenshot(page, 'review-detail.png');
    expect(world.dataRows()).toHaveLength(seeded + 2);

    // The officer's form says who approved it: the office as the settings name it (SidebarData.office).
    const approved = await officerForm(world, errors);
    expect(await text(approved, '#review-notice')).toMatch(/^Phòng Văn hóa và Thông tin đã duyệt lần nộp 2 lúc /);
    await approved.close();
    world.fakes.users.setActive(ADMIN);

    // 5. The summary shows the report as approved.
    const summary = world.call('generateSummary', '2024-Q1') as { ok: boolean; sheetName: string };
    expect(summary.ok).toBe(true);
    const line = world.fakes.spreadsheet.values(summary.sheetName).map((r) => r.map(String)).find((r) => r.includes('UBND xã Cẩm Bình'))!;
    expect(line.at(-1)).toMatch(/^Đã duyệt/);
    expect(errors).toEqual([]);
  } finally {
    await close();
    await world.close();
  }
});
