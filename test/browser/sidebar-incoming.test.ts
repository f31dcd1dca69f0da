// The centre's tab in headless Chromium at 300 px: Trung tâm VH-TT's officer opens the sidebar
// (one call), opens "Thông tin nhận được" and sees what Phòng Nội vụ sent for March (figure with
// its unit of measure, answer, note) and that Phòng Tư pháp has sent nothing; another month on
// the picker; a commune officer has no such tab.
import type { Page } from 'playwright-core';
import { ADMIN, OFFICER, screenshot, text, useSidebarWorld, type World } from './sidebar-world';
import { SHEETS, UNIT_COLUMNS } from '../../src/server/sheets/names';

const { browsing, world } = useSidebarWorld();
const CENTRE = 'vanthu.ttvhtt@camxuyen.gov.vn';
const NOI_VU = 'vanthu.noivu@camxuyen.gov.vn';
const TU_PHAP = 'vanthu.tuphap@camxuyen.gov.vn';

/** The office types the centre's and the departments' emails, then reruns setup (drops the cached configuration). */
function register(w: World): void {
  w.fakes.users.setActive(ADMIN); // the units sheet is protected for the admins
  const values = w.fakes.spreadsheet.values(SHEETS.units);
  const header = values[0].map(String);
  for (const [unit, email] of [['TTVHTT', CENTRE], ['P_NOI_VU', NOI_VU], ['P_TU_PHAP', TU_PHAP]]) {
    const row = values.findIndex((r) => r[header.indexOf(UNIT_COLUMNS.code)] === unit);
    w.fakes.spreadsheet.sheet(SHEETS.units).getRange(row + 1, header.indexOf(UNIT_COLUMNS.emails) + 1).setValue(email);
  }
  w.call('setup');
}

function send(w: World, who: string, at: string, payload: Record<string, unknown>): void {
  w.fakes.clock.set(new Date(at));
  w.fakes.users.setActive(who);
  const r = w.call('submitReport', payload) as { ok: boolean };
  expect(r.ok).toBe(true);
}

const card = (page: Page, unit: string) => page.locator(`.incoming-row[data-unit="${unit}"]`);

test('the centre\'s officer sees a department\'s figures and a department that sent nothing', async () => {
  const w = world();
  register(w);
  send(w, NOI_VU, '2024-03-12T10:15:00+07:00', {
    unitCode: 'P_NOI_VU', periodId: '2024-M03', requestId: 'noivu-m03-request-01', note: 'Kèm ảnh giao ban tháng 3.',
    values: { TIN_CUNG_CAP_TTVHTT: 7, KET_QUA_NOI_BAT: 'Cung cấp 7 tin về dịch vụ công trực tuyến toàn trình' },
  });
  send(w, TU_PHAP, '2024-03-14T08:00:00+07:00', {
    unitCode: 'P_TU_PHAP', periodId: '2024-M02', requestId: 'tuphap-m02-request-1', values: { TIN_CUNG_CAP_TTVHTT: 2 },
  });
  w.fakes.clock.set(new Date('2024-03-20T09:00:00+07:00'));
  w.fakes.users.setActive(CENTRE);

  const page = await browsing().open(w);
  await page.waitForSelector('#tab-incoming');
  expect(w.bridge.calls.map((c) => c.fn)).toEqual(['getSidebarData']); // the tab loads when opened
  expect(await page.locator('.tab').allInnerTexts()).toEqual(['Nộp báo cáo', 'Thông tin nhận được']);
  await page.click('#tab-incoming');
  await page.waitForSelector('.incoming-row');
  expect(await page.isHidden('#picker')).toBe(true);
  expect(await text(page, '#incoming h2')).toBe('Thông tin gửi Trung tâm Văn hóa - Truyền thông');
  expect(await page.inputValue('#incoming-period')).toBe('2024-M03'); // the latest month past its deadline
  expect(await text(page, '.incoming-counts')).toBe('2 đơn vị: 1 đúng hạn, 0 trễ hạn, 1 chưa gửi, 0 chưa đến hạn.');

  const noiVu = card(page, 'P_NOI_VU');
  expect(await noiVu.locator('h3').innerText()).toBe('Phòng Nội vụ');
  expect(await noiVu.locator('.chip').innerText()).toBe('Đúng hạn');
  expect(await noiVu.locator('.meta').allInnerTexts()).toEqual(['Hạn gửi: 18/03/2024', `Lần gửi 1 · 12/03/2024 10:15 · ${NOI_VU}`]);
  expect(await noiVu.locator('dt').allInnerTexts()).toEqual([
    'Số tin, bài, nội dung tuyên truyền CCHC cung cấp cho Trung tâm Văn hóa - Truyền thông', 'Kết quả nổi bật', 'Ghi chú']);
  expect(await noiVu.locator('dd').allInnerTexts()).toEqual(['7 tin, bài', 'Cung cấp 7 tin về dịch vụ công trực tuyến toàn trình', 'Kèm ảnh giao ban tháng 3.']);

  const tuPhap = card(page, 'P_TU_PHAP');
  expect(await tuPhap.locator('.chip').innerText()).toBe('Chưa gửi');
  expect(await tuPhap.locator('.meta').innerText()).toBe('Hạn gửi: 18/03/2024 · quá hạn 2 ngày');
  expect(await tuPhap.innerText()).toContain('Chưa có thông tin gửi đến.');
  await screenshot(page, 'sidebar-incoming.png');

  // February: Tư pháp sent late (due Friday 16/02/2024), Nội vụ never.
  await page.selectOption('#incoming-period', '2024-M02');
  await page.waitForFunction(() => document.querySelector('.incoming-counts')?.textContent?.includes('1 trễ hạn'));
  expect(await card(page, 'P_TU_PHAP').locator('.chip').innerText()).toBe('Trễ hạn');
  expect(await card(page, 'P_TU_PHAP').locator('dd').allInnerTexts()).toEqual(['2 tin, bài']);
  expect(await card(page, 'P_NOI_VU').locator('.chip').innerText()).toBe('Chưa gửi');
  expect(w.callsTo('getIncomingReports').map((c) => [c.args, c.outcome])).toEqual([[[], 'success'], [['2024-M02'], 'success']]);

  // Back to the centre's own quarterly form.
  await page.click('#tab-submit');
  expect(await page.isVisible('#period')).toBe(true);
  expect(await page.isHidden('#incoming')).toBe(true);
});

test('a commune officer has no such tab, and the server refuses the call anyway', async () => {
  const w = world();
  register(w);
  w.fakes.users.setActive(OFFICER);
  const page = await browsing().open(w);
  await page.waitForSelector('#period');
  expect(await page.locator('#tab-incoming').count()).toBe(0);
  expect(w.bridge.calls.map((c) => c.fn)).toEqual(['getSidebarData']);
  const refused = await page.evaluate(() => new Promise<string>((resolve) => {
    type Runner = { withSuccessHandler(f: () => void): Runner; withFailureHandler(f: (e: Error) => void): Runner; getIncomingReports(p: string): void };
    const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
    run.withSuccessHandler(() => resolve('answered')).withFailureHandler((e) => resolve(e.message)).getIncomingReports('2024-M03');
  }));
  expect(refused).toContain('không thuộc đơn vị nhận thông tin (Trung tâm Văn hóa - Truyền thông)');
});
