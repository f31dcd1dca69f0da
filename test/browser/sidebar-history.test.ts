// Issue 14 in headless Chromium: an officer types a figure far above the unit's history (the
// built dist/Sidebar.html through the bridge to dist/Code.js), sees the warning under the field
// as they type, confirms it, sends, and the receipt says what was confirmed; the server stores
// the confirmation and its reason. Without the tick the server asks (the confirm box), also when
// the cached baseline is gone.
import type { Page } from 'playwright-core';
import { SHEETS } from '../../src/server/sheets/names';
import { recordRow } from '../../src/server/storage/submissions';
import { OFFICER, OFFICER_UNIT, col, communeValues, fillCounts, pickPeriod, screenshot, text, useSidebarWorld, type World } from './sidebar-world';

const { browsing, world, rowsFor } = useSidebarWorld();
const CONFIRMED = 'Xác nhận số liệu bất thường';

/** Last year's quarters: 10 news items each (median 10: above 50 is far above the history). */
function seedHistory(w: World): void {
  const header = w.fakes.spreadsheet.values(SHEETS.data)[0].map(String);
  w.fakes.spreadsheet.seed(SHEETS.data, ['2023-Q2', '2023-Q3', '2023-Q4'].map((q, i) => recordRow(header, {
    id: `seed-${q}`, requestId: `seedreq-${q}`, unitCode: OFFICER_UNIT, periodId: q, revision: 1, submittedAt: new Date(Date.UTC(2023, 3 * i + 5, 17)),
    submittedBy: OFFICER, timeliness: 'on_time', values: communeValues({ TIN_BAI: 10 }), note: '', nothingToReport: false, evidenceUrl: '',
  })));
}

const typed = (tinBai: string): Record<string, string> =>
  Object.fromEntries(Object.entries(communeValues({ TIN_BAI: tinBai })).filter(([, v]) => v !== null).map(([k, v]) => [k, String(v)]));

async function openForm(): Promise<Page> {
  seedHistory(world());
  const page = await browsing().open(world());
  await page.waitForSelector('#period');
  await pickPeriod(page);
  return page;
}

test('a figure far above the history: warned while typing, confirmed in the form, sent, shown on the receipt and stored with its reason', async () => {
  const page = await openForm();
  await fillCounts(page, typed('50')); // 5 × 10 is not above
  expect(await page.isHidden('#w-TIN_BAI')).toBe(true);
  await page.fill('#f-TIN_BAI', '60');
  await page.waitForSelector('#w-TIN_BAI:not([hidden])');
  expect(await text(page, '#w-TIN_BAI')).toContain('Số liệu bất thường: Gấp hơn 5 lần trung vị các kỳ trước (10).');
  expect(await page.isHidden('#w-LOP_TAP_HUAN')).toBe(true);
  await page.check('#ok-TIN_BAI');
  // A confirmation is for one value: changing the figure takes the tick away.
  await page.fill('#f-TIN_BAI', '70');
  expect(await page.isChecked('#ok-TIN_BAI')).toBe(false);
  await page.fill('#f-TIN_BAI', '1.000'); // typed with a thousands separator: read as 1000, still flagged
  expect(await text(page, '#w-TIN_BAI')).toContain('Gấp hơn 5 lần');
  await page.check('#ok-TIN_BAI');
  await screenshot(page, 'sidebar-history-warning.png');
  expect(world().callsTo('submitReport')).toEqual([]); // nothing left the browser while typing

  await page.click('#submit');
  await page.waitForSelector('.receipt');
  // The server asked and the form answered with the officer's tick: two calls, no box shown.
  expect(world().callsTo('submitReport')).toHaveLength(2);
  expect(await text(page, '#receipt-confirmed')).toBe('Số tin, bài tuyên truyền CCHC trên mạng xã hội: 1.000 — Gấp hơn 5 lần trung vị các kỳ trước (10).');
  await screenshot(page, 'sidebar-history-receipt.png');
  const row = rowsFor(OFFICER_UNIT).find((r) => r[col.period] === '2024-Q1')!;
  expect(row.TIN_BAI).toBe(1000);
  expect(row[CONFIRMED]).toBe('TIN_BAI=1000 (gấp hơn 5 lần trung vị các kỳ trước 10)');
});

test('not ticked, and the cached baseline gone: the server still asks, the officer confirms in the box', async () => {
  const page = await openForm();
  await fillCounts(page, typed('60'));
  await page.waitForSelector('#w-TIN_BAI:not([hidden])');
  world().fakes.cache.clear(); // the cache expired between opening the form and sending
  await page.click('#submit');
  await page.waitForSelector('#confirm-box');
  expect(await text(page, '#confirm-box')).toContain('Số tin, bài tuyên truyền CCHC trên mạng xã hội: 60');
  expect(await text(page, '#confirm-box')).toContain('Gấp hơn 5 lần trung vị các kỳ trước (10).');
  expect(rowsFor(OFFICER_UNIT)).toHaveLength(3);
  await page.check('#confirm-TIN_BAI');
  await page.click('#confirm-send');
  await page.waitForSelector('.receipt');
  expect(await text(page, '#receipt-confirmed')).toContain('Số tin, bài tuyên truyền CCHC trên mạng xã hội: 60');
  const rows = rowsFor(OFFICER_UNIT);
  expect(rows).toHaveLength(4);
  expect(rows[3][CONFIRMED]).toBe('TIN_BAI=60 (gấp hơn 5 lần trung vị các kỳ trước 10)');
});
