// The sidebar's main flows in headless Chromium at 300 px: the built dist/Sidebar.html through
// the bridge to the built dist/Code.js in node:vm with the Apps Script fakes (`npm run build` first).
import {
  ADMIN, COUNTS, OFFICER, OFFICER_UNIT, col, communeValues, fillCounts, pickPeriod, screenshot, text, useSidebarWorld,
} from './sidebar-world';

const { browsing, world, rowsFor } = useSidebarWorld();

test('officer: opens with one call, sees the revision pre-filled, is stopped by a bad value, then submits and gets a receipt', async () => {
  world().call('submitReport', { unitCode: OFFICER_UNIT, periodId: '2024-Q1', values: communeValues(), requestId: 'seed-request-0001' });
  const page = await browsing().open(world());
  await page.waitForSelector('#period');

  expect(await text(page, '#who')).toContain(OFFICER);
  expect(await page.locator('#unit option').allTextContents()).toEqual(['UBND xã Cẩm Bình']);
  expect(await page.inputValue('#unit')).toBe(OFFICER_UNIT);
  expect(await page.locator('#period option').allTextContents()).toEqual(['— Chọn kỳ báo cáo —', 'Quý I/2024 · Đã nộp đúng hạn']);
  expect(world().bridge.calls.map((c) => c.fn)).toEqual(['getSidebarData']);

  await pickPeriod(page);
  expect(await text(page, '#period-info')).toBe('Hạn nộp: 18/03/2024 23:59 Đã nộp đúng hạn');
  expect(await text(page, '.form-head')).toContain('Số liệu từ 15/12/2023 đến 14/03/2024');
  expect(await page.inputValue('#f-LOP_TAP_HUAN')).toBe('1');
  expect(await page.inputValue('#f-HINH_THUC_KHAC')).toBe('8');
  expect(await text(page, '.notice')).toContain('Đã nộp lần 1 lúc 10/03/2024 09:00 (đúng hạn)');
  expect(await page.locator('.history-item').allInnerTexts()).toEqual([expect.stringContaining('Lần 1 · 10/03/2024 09:00 · Đúng hạn')]);

  // Bad values: Vietnamese messages inline and in the summary, focus on the summary, nothing sent.
  await fillCounts(page, { TOA_DAM: 'abc', TIN_BAI: '-1', TO_ROI: '' });
  await page.click('#submit');
  await page.waitForSelector('.error-summary:not([hidden])');
  expect(await text(page, '.error-title')).toBe('Báo cáo chưa được gửi: có 3 lỗi cần sửa.');
  expect(await text(page, '#e-TOA_DAM')).toBe('Số cuộc tọa đàm về CCHC phải là số nguyên không âm.');
  expect(await text(page, '#e-TIN_BAI')).toContain('Số tin, bài tuyên truyền CCHC');
  expect(await text(page, '#e-TO_ROI')).toBe('Số tờ rơi tuyên truyền CCHC không được để trống.');
  expect(await page.getAttribute('#f-TOA_DAM', 'aria-invalid')).toBe('true');
  expect(await page.getAttribute('#f-TOA_DAM', 'aria-describedby')).toContain('e-TOA_DAM');
  expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
  await screenshot(page, 'sidebar-errors.png');
  await page.click('.error-summary a >> nth=0');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-TOA_DAM');
  // Enter in a one-line field does not send either.
  await page.press('#f-TOA_DAM', 'Enter');
  expect(world().callsTo('submitReport')).toEqual([]);

  // Each edit re-checks: a fixed field loses its message at once, the summary follows.
  await fillCounts(page, { TOA_DAM: '3' });
  expect(await page.isHidden('#e-TOA_DAM')).toBe(true);
  expect(await text(page, '.error-title')).toBe('Báo cáo chưa được gửi: có 2 lỗi cần sửa.');
  await fillCounts(page, { TIN_BAI: '12', TO_ROI: '0' });
  expect(await page.isHidden('.error-summary')).toBe(true);
  await page.fill('#f-note', 'Tổ chức tọa đàm với Đoàn Thanh niên xã.');
  await screenshot(page, 'sidebar-form.png');
  await page.click('#submit');
  await page.waitForSelector('#receipt');

  expect(await page.locator('.receipt-list dd').allInnerTexts()).toEqual([
    'UBND xã Cẩm Bình', 'Quý I/2024', '2', '10/03/2024 09:00', 'Đúng hạn',
    'Số cuộc tọa đàm về CCHC, Số tin, bài tuyên truyền CCHC trên mạng xã hội, Số tờ rơi tuyên truyền CCHC, Ghi chú', // what changed since revision 1
    expect.stringMatching(/\S/)]);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('receipt');
  expect(await page.locator('.history-item').allInnerTexts()).toEqual([
    expect.stringContaining('Lần 2 · 10/03/2024 09:00 · Đúng hạn'), expect.stringContaining('Lần 1')]);
  expect(await page.locator('#period option').nth(1).textContent()).toBe('Quý I/2024 · Đã nộp đúng hạn');
  await screenshot(page, 'sidebar-receipt.png');

  const rows = rowsFor(OFFICER_UNIT);
  expect(rows).toHaveLength(2);
  expect(rows[1]).toMatchObject({
    [col.period]: '2024-Q1', [col.revision]: 2, [col.submittedBy]: OFFICER, [col.note]: 'Tổ chức tọa đàm với Đoàn Thanh niên xã.',
    LOP_TAP_HUAN: 1, TOA_DAM: 3, TIN_BAI: 12, TO_ROI: 0, HINH_THUC_KHAC: 8,
  });
  expect(world().callsTo('submitReport')).toHaveLength(1);

  // "Sửa báo cáo": the form again, with what the server stored.
  await page.click('#revise');
  await page.waitForSelector('#submit');
  expect(await page.inputValue('#f-TOA_DAM')).toBe('3');
  expect(await text(page, '.notice')).toContain('Đã nộp lần 2');
  expect(await text(page, '#submit')).toBe('Gửi bản sửa');
});

test('admin: picks a unit and a period, sees targets and a yes/no field, and every required field is checked', async () => {
  world().fakes.users.setActive(ADMIN);
  const page = await browsing().open(world());
  await page.waitForSelector('#unit');
  expect(await text(page, '#who')).toContain('Quản trị');
  expect(await page.inputValue('#unit')).toBe('');
  expect(await page.locator('#unit option').count()).toBeGreaterThan(25);

  await page.selectOption('#unit', { label: 'Trung tâm Văn hóa - Truyền thông' });
  await page.selectOption('#period', '2024-Q1');
  await page.waitForSelector('#submit');
  expect(await text(page, '#h-CHUONG_TRINH_PTTH')).toBe('Chỉ tiêu kỳ này: ≥ 3 chương trình');
  expect(await page.locator('#f-PHONG_VIEN_CCHC option').allTextContents()).toEqual(['— Chọn —', 'Có', 'Không']);

  await page.click('#submit');
  await page.waitForSelector('.error-summary:not([hidden])');
  expect(await text(page, '#e-PHONG_VIEN_CCHC')).toBe('Có phân công phóng viên chuyên trách về CCHC không được để trống.');
  expect(await text(page, '#e-CHUONG_TRINH_PTTH')).toContain('không được để trống');
  expect(world().callsTo('submitReport')).toEqual([]);

  for (const code of ['CHUONG_TRINH_PTTH', 'TIN_BAI_PHAT_SONG', 'HINH_THUC_KHAC']) await page.fill(`#f-${code}`, '4');
  await page.selectOption('#f-PHONG_VIEN_CCHC', 'true');
  await screenshot(page, 'sidebar-admin-form.png');
  await page.click('#submit');
  await page.waitForSelector('#receipt');
  expect(rowsFor('TTVHTT')).toEqual([expect.objectContaining({ [col.submittedBy]: ADMIN, [col.nothingToReport]: false, CHUONG_TRINH_PTTH: 4, PHONG_VIEN_CCHC: true })]);
  expect(await page.locator('.history-by').allInnerTexts()).toEqual([ADMIN]);
});

test('"Không phát sinh" clears and disables the counts, gives them back when switched off, and stores zeros', async () => {
  const page = await browsing().open(world());
  await page.waitForSelector('#period');
  await pickPeriod(page);
  await fillCounts(page, { LOP_TAP_HUAN: '5' });

  await page.check('#nothing-to-report');
  expect(await page.getAttribute('#nothing-to-report', 'role')).toBe('switch');
  expect(await page.inputValue('#f-LOP_TAP_HUAN')).toBe('');
  for (const code of COUNTS) expect(await page.isDisabled(`#f-${code}`)).toBe(true);
  expect(await page.isDisabled('#f-MO_TA_HINH_THUC_KHAC')).toBe(false);
  await page.uncheck('#nothing-to-report');
  expect(await page.inputValue('#f-LOP_TAP_HUAN')).toBe('5');
  expect(await page.isDisabled('#f-LOP_TAP_HUAN')).toBe(false);

  await page.check('#nothing-to-report');
  await page.click('#submit');
  await page.waitForSelector('#receipt');
  const [row] = rowsFor(OFFICER_UNIT);
  expect(row).toMatchObject({ [col.nothingToReport]: true, ...Object.fromEntries(COUNTS.map((c) => [c, 0])) });

  await page.click('#revise');
  await page.waitForSelector('#submit');
  expect(await page.isChecked('#nothing-to-report')).toBe(true);
  expect(await page.isDisabled('#f-TOA_DAM')).toBe(true);
});

test('deadline phrases: "Còn 8 ngày" before, "Quá hạn 2 ngày" after, and a late submission is receipted as late', async () => {
  const early = await browsing().open(world());
  await early.waitForSelector('#period');
  expect(await early.locator('#period option').nth(1).textContent()).toBe('Quý I/2024 · Còn 8 ngày');
  await early.close();

  world().fakes.clock.set('2024-03-20T10:00:00+07:00');
  const page = await browsing().open(world());
  await page.waitForSelector('#period');
  expect(await page.locator('#period option').nth(1).textContent()).toBe('Quý I/2024 · Quá hạn 2 ngày');
  await pickPeriod(page);
  expect(await page.locator('#period-info .chip').getAttribute('data-state')).toBe('overdue');
  await fillCounts(page, Object.fromEntries(COUNTS.map((c) => [c, '1'])));
  await page.click('#submit');
  await page.waitForSelector('#receipt');
  expect(await page.locator('.receipt-list dd').nth(3).innerText()).toBe('20/03/2024 10:00');
  expect(await page.locator('.receipt-list dd').nth(4).innerText()).toBe('Nộp muộn');
  expect(await page.locator('#period option').nth(1).textContent()).toBe('Quý I/2024 · Đã nộp muộn');
  expect(rowsFor(OFFICER_UNIT)).toEqual([expect.objectContaining({ [col.revision]: 1 })]);
  expect(String(rowsFor(OFFICER_UNIT)[0][col.timeliness])).toBe('Nộp muộn');
});
