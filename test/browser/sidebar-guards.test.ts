// What the sidebar must refuse or survive, in headless Chromium through the bridge and the
// built bundle: strangers, server refusals, lost answers, injected markup; plus accessibility
// and the size budget (`npm run build` first).
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  COUNTS, OFFICER_UNIT, STRANGER, col, communeValues, fillCounts, pickPeriod, text, useSidebarWorld,
} from './sidebar-world';

const { browsing, world, rowsFor } = useSidebarWorld();
const SIDEBAR = path.resolve('dist/Sidebar.html');
const XSS = '<img src=x onerror=alert(1)>';

test('a stranger is told they are not assigned to any unit, and nothing can be sent', async () => {
  world().fakes.users.setActive(STRANGER);
  const page = await browsing().open(world());
  await page.waitForSelector('.message-box');
  expect(await text(page, '.message-box')).toContain(`Tài khoản ${STRANGER} chưa được giao nộp báo cáo cho đơn vị nào. Vui lòng liên hệ Phòng Văn hóa và Thông tin để được thêm vào danh sách.`); // SidebarData.office
  expect(await page.locator('#period, #submit').count()).toBe(0);
  expect(world().bridge.calls.map((c) => c.fn)).toEqual(['getSidebarData']);
});

test('the server refuses an account that lost its right after the form opened: its message is shown, the values stay, nothing is written', async () => {
  const page = await browsing().open(world());
  await page.waitForSelector('#period');
  await pickPeriod(page);
  await fillCounts(page, Object.fromEntries(COUNTS.map((c) => [c, '2'])));
  world().fakes.users.setActive(STRANGER); // e.g. another Google account became the active one

  await page.click('#submit');
  await page.waitForSelector('.error-summary:not([hidden])');
  const refusal = world().callsTo('submitReport')[0];
  expect(refusal.outcome).toBe('success'); // a refusal is an answer ({ ok: false }), not a failure
  expect(await text(page, '.error-title')).toBe('Máy chủ chưa nhận báo cáo:');
  const answer = world().call('submitReport', refusal.args[0]) as { ok: boolean; errors: { message: string }[] };
  expect(answer.ok).toBe(false);
  expect(await page.locator('.error-summary li').allInnerTexts()).toEqual(answer.errors.map((e) => e.message));
  expect(await page.inputValue('#f-CUOC_THI')).toBe('2');
  expect(await page.isEnabled('#submit')).toBe(true);
  expect(world().dataRows()).toEqual([]);
});

test('a lost answer: the send button is disabled while sending, the retry reuses the request id, one row is stored', async () => {
  const page = await browsing().open(world());
  await page.waitForSelector('#period');
  await pickPeriod(page);
  await fillCounts(page, Object.fromEntries(COUNTS.map((c) => [c, '7'])));

  world().bridge.setDelay(400);
  world().bridge.failNext({ when: 'after', fn: 'submitReport' }); // stored, but the answer never arrives
  await page.click('#submit');
  expect(await page.isDisabled('#submit')).toBe(true);
  expect(await page.isDisabled('#period')).toBe(true);
  expect(await text(page, '#send-status')).toBe('Đang gửi báo cáo…');
  await page.waitForSelector('#send-status.is-error');
  world().bridge.setDelay(0);
  expect(await text(page, '#send-status')).toContain('Chưa gửi được báo cáo: NetworkError');
  expect(await text(page, '#submit')).toBe('Gửi lại');
  expect(await page.isEnabled('#submit')).toBe(true);
  expect(await page.inputValue('#f-TAI_LIEU')).toBe('7');
  expect(rowsFor(OFFICER_UNIT)).toHaveLength(1);

  await page.click('#submit');
  await page.waitForSelector('#receipt');
  expect(await text(page, '.receipt')).toContain('không tạo bản trùng');
  expect(await page.locator('.receipt-list dd').nth(2).innerText()).toBe('1');
  const [first, retry] = world().callsTo('submitReport');
  expect(first.outcome).toBe('failure');
  expect((retry.args[0] as { requestId: string }).requestId).toBe((first.args[0] as { requestId: string }).requestId);
  expect(rowsFor(OFFICER_UNIT)).toHaveLength(1);

  // The next submission is a new attempt: a new request id and a second revision.
  await page.click('#revise');
  await page.waitForSelector('#submit');
  await page.click('#submit');
  await page.waitForSelector('#receipt');
  const third = world().callsTo('submitReport')[2];
  expect((third.args[0] as { requestId: string }).requestId).not.toBe((first.args[0] as { requestId: string }).requestId);
  expect(rowsFor(OFFICER_UNIT).map((r) => r[col.revision])).toEqual([1, 2]);
});

test('markup from the server and from the user is shown as text, never run', async () => {
  world().call('submitReport', {
    unitCode: OFFICER_UNIT, periodId: '2024-Q1', values: communeValues({ MO_TA_HINH_THUC_KHAC: XSS }), note: XSS, requestId: 'seed-request-xss1',
  });
  const page = await browsing().open(world());
  await page.waitForSelector('#period');
  await pickPeriod(page);
  expect(await page.inputValue('#f-note')).toBe(XSS);
  expect(await page.inputValue('#f-MO_TA_HINH_THUC_KHAC')).toBe(XSS);

  await page.fill('#f-note', `${XSS} <script>alert(2)</script>`);
  await page.fill('#f-evidenceUrl', `javascript:alert(3)`);
  await page.click('#submit');
  await page.waitForSelector('.error-summary:not([hidden])');
  expect(await text(page, '#e-evidenceUrl')).toContain('http:// hoặc https://');
  await page.fill('#f-evidenceUrl', 'https://drive.google.com/file/d/abc');
  await page.click('#submit');
  await page.waitForSelector('#receipt');
  expect(rowsFor(OFFICER_UNIT)[1][col.note]).toBe(`${XSS} <script>alert(2)</script>`);
  await page.click('#revise');
  await page.waitForSelector('#submit');
  expect(await page.inputValue('#f-note')).toBe(`${XSS} <script>alert(2)</script>`);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('#content script').count()).toBe(0);
});

test('keyboard and screen readers: every control has a label, focus is visible, errors and status are live regions', async () => {
  const page = await browsing().open(world());
  await page.waitForSelector('#period');
  await page.focus('#unit');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('period');
  await page.keyboard.press('ArrowDown'); // choose the period from the keyboard
  await page.waitForSelector('#submit');

  const unlabelled = await page.evaluate(() => Array.from(document.querySelectorAll('input, select, textarea'))
    .filter((el) => (el as HTMLInputElement).labels?.length === 0).map((el) => el.id));
  expect(unlabelled).toEqual([]);
  expect(await page.getAttribute('.error-summary', 'role')).toBe('alert');
  expect(await page.getAttribute('#send-status', 'role')).toBe('status');

  // Tab walks from the switch through the fields to the send button.
  await page.focus('#nothing-to-report');
  const order: string[] = [];
  const fields = [...COUNTS.slice(0, 3), 'TIN_BAI_TTDT', ...COUNTS.slice(3, 7), 'CUOC_THI_CDS', 'SAN_KHAU_HOA', 'TIN_BAI_PCI_DDCI', COUNTS[7],
    'MO_TA_HINH_THUC_KHAC', 'KET_QUA_NOI_BAT', 'TON_TAI_HAN_CHE', 'DE_XUAT_KIEN_NGHI'];
  for (let i = 0; i < fields.length + 3; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement?.id ?? ''));
  }
  expect(order).toEqual([...fields.map((c) => `f-${c}`), 'f-note', 'f-evidenceUrl', 'submit']);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await page.focus('#f-TOA_DAM');
  expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe('none');
});

test('the built Sidebar.html is self-contained and under 150 KB', () => {
  const html = readFileSync(SIDEBAR, 'utf8');
  expect(statSync(SIDEBAR).size).toBeLessThan(150 * 1024);
  expect(html).not.toMatch(/<link\b|<script[^>]+src=|@import/i);
  expect(html).not.toMatch(/\/\*INLINE_(CSS|JS)\*\//);
});
