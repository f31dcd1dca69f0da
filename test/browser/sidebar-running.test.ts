// The June form in headless Chromium: one submission for "Quý II và 6 tháng đầu năm", with the
// running 6-month total under each count (Q1 as sent + what the officer types) and the optional,
// length-limited qualitative answers, which land in the data sheet under their own columns.
import { OFFICER_UNIT, col, communeValues, pickPeriod, screenshot, text, useSidebarWorld } from './sidebar-world';

const { browsing, world, rowsFor } = useSidebarWorld();

test('the June form shows the running 6-month totals and stores the qualitative answers', async () => {
  world().call('submitReport', { unitCode: OFFICER_UNIT, periodId: '2024-Q1', values: communeValues({ TO_ROI: 120 }), requestId: 'q1-request-0001' });
  world().fakes.clock.set(new Date('2024-06-10T09:00:00+07:00'));
  const page = await browsing().open(world());
  await page.waitForSelector('#period');
  expect(await page.locator('#period option[value="2024-Q2"]').textContent()).toMatch(/^Quý II và 6 tháng đầu năm 2024 · /);
  await pickPeriod(page, '2024-Q2');
  expect(await text(page, '#form-title')).toBe('Báo cáo Quý II và 6 tháng đầu năm 2024');
  expect(await text(page, '#running-notice')).toBe('Đây là báo cáo Quý II và 6 tháng đầu năm 2024: nhập số liệu của riêng quý này; '
    + 'số liệu 6 tháng đầu năm 2024 được cộng từ các quý (xem dòng lũy kế dưới mỗi ô), không phải nộp riêng.');
  expect(await text(page, '#r-TO_ROI')).toBe('Lũy kế 6 tháng đầu năm 2024: 120 tờ các quý trước + số liệu kỳ này.');
  await page.fill('#f-TO_ROI', '80');
  expect(await text(page, '#r-TO_ROI')).toBe('Lũy kế 6 tháng đầu năm 2024: 200 tờ (các quý trước 120 + kỳ này 80).');
  // Not typed yet in the quarter: the earlier quarters alone, no 0 invented for this one.
  expect(await text(page, '#r-SAN_KHAU_HOA')).toBe('Lũy kế 6 tháng đầu năm 2024: 0 buổi các quý trước + số liệu kỳ này.');

  for (const [code, v] of Object.entries(communeValues({ TO_ROI: 80 }))) if (typeof v === 'number') await page.fill(`#f-${code}`, String(v));
  expect(await text(page, '[data-field="KET_QUA_NOI_BAT"]')).toContain('Tối đa 1.000 ký tự.');
  await page.fill('#f-KET_QUA_NOI_BAT', 'Tổ chức hội thi tìm hiểu CCHC cho 150 đoàn viên');
  await page.fill('#f-TON_TAI_HAN_CHE', 'x'.repeat(1001));
  await page.click('#submit');
  await page.waitForSelector('.error-summary:not([hidden])');
  expect(await text(page, '#e-TON_TAI_HAN_CHE')).toBe('Tồn tại, hạn chế và nguyên nhân không được dài quá 1.000 ký tự.');
  await page.fill('#f-TON_TAI_HAN_CHE', 'Kinh phí còn hạn chế');
  await page.click('#submit');
  await page.waitForSelector('.receipt');
  expect(await text(page, '.receipt')).toContain('Quý II và 6 tháng đầu năm 2024');
  await screenshot(page, 'sidebar-june.png');
  const row = rowsFor(OFFICER_UNIT).find((r) => r[col.period] === '2024-Q2')!;
  expect(row.TO_ROI).toBe(80);
  expect(row.KET_QUA_NOI_BAT).toBe('Tổ chức hội thi tìm hiểu CCHC cho 150 đoàn viên');
  expect(row.TON_TAI_HAN_CHE).toBe('Kinh phí còn hạn chế');
  expect(row.DE_XUAT_KIEN_NGHI).toBe('');
});

test('the March form has no running total (Q1 is not a 6-month or year report)', async () => {
  const page = await browsing().open(world());
  await page.waitForSelector('#period');
  await pickPeriod(page, '2024-Q1');
  expect(await page.locator('.running').count()).toBe(0);
  expect(await page.locator('#running-notice').count()).toBe(0);
});
