// The daily check and reports waiting for correction: the status sheet says "Cần bổ sung", the
// unit is reminded (not on the day it was returned, not twice a day), and it stops once the unit
// sends a new revision.
import { scheduledCheck } from '../../../src/server/lateness/entries';
import { UserError } from '../../../src/server/auth';
import { SHEETS } from '../../../src/server/sheets/names';
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, assignEmail, type Flavour } from '../harness';
import { COUNTS, readyReview } from './review-harness';

const NOW = new Date('2024-03-10T03:00:00Z');
const DAY = 24 * 3600 * 1000;

function checker(flavour: Flavour, h: ReturnType<typeof readyReview>['h']): () => unknown {
  if (flavour === 'modules') return () => { try { return scheduledCheck(h.env); } catch (e) { if (e instanceof UserError) throw new Error(e.message); throw e; } };
  const { loadBundle } = require('../../../src/local/vm/load-bundle') as typeof import('../../../src/local/vm/load-bundle');
  const bundle = loadBundle(h.fakes);
  return () => bundle.call('checkLateness');
}

const correctionMails = (h: ReturnType<typeof readyReview>['h']) => h.fakes.outbox.filter((m) => m.subject.includes('vẫn chờ bổ sung'));

describe.each(FLAVOURS)('reports waiting for correction in the daily check (%s)', (flavour) => {
  test('status sheet, reminders every few days, and silence after the new revision', () => {
    const { h, api } = readyReview(flavour, NOW);
    const check = checker(flavour, h);
    h.as(OFFICER);
    expect(h.api.submitReport({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: 'req-corr-0001', values: COUNTS }).ok).toBe(true);
    h.as(ADMIN);
    expect(api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'needs_fix', reason: 'Thiếu danh sách lớp tập huấn.' }).ok).toBe(true);

    check();
    const status = h.fakes.spreadsheet.values(SHEETS.status);
    const row = status.find((r) => r[0] === OFFICER_UNIT)!;
    const col = (status[0] as string[]).indexOf('Quý I/2024');
    expect(row[col]).toBe('Đã nộp đúng hạn · Cần bổ sung');
    expect(status.some((r) => r[1] === 'Cần bổ sung')).toBe(true); // the legend
    expect(correctionMails(h)).toHaveLength(0); // the return mail went out today

    h.fakes.clock.advance(DAY);
    check();
    expect(correctionMails(h)).toHaveLength(0); // every 2 days by default
    h.fakes.clock.advance(DAY);
    check();
    check(); // a second run the same day
    expect(correctionMails(h).map((m) => m.to)).toEqual([OFFICER]);
    expect(correctionMails(h)[0].body).toContain('Thiếu danh sách lớp tập huấn.');

    h.as(OFFICER);
    expect(h.api.submitReport({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: 'req-corr-0002', values: { ...COUNTS, LOP_TAP_HUAN: 3 } }).ok).toBe(true);
    h.as(ADMIN);
    h.fakes.clock.advance(3 * DAY);
    check();
    expect(correctionMails(h)).toHaveLength(1);
    const after = h.fakes.spreadsheet.values(SHEETS.status).find((r) => r[0] === OFFICER_UNIT)!;
    expect(after[col]).toBe('Đã nộp đúng hạn');
  });

  test('a follow-up skipped on the mail quota is audited like an ordinary reminder, and sent once the quota is back', () => {
    const { h, api } = readyReview(flavour, NOW);
    const check = checker(flavour, h);
    h.as(OFFICER);
    expect(h.api.submitReport({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: 'req-corr-q001', values: COUNTS }).ok).toBe(true);
    h.as(ADMIN);
    expect(api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'needs_fix', reason: 'Thiếu biên bản.' }).ok).toBe(true);
    h.fakes.clock.advance(2 * DAY); // the follow-up is due
    h.fakes.mail.used = h.fakes.mail.quota - 1; // one recipient left: the unit's mail would leave none for the admins
    check();
    expect(correctionMails(h)).toHaveLength(0);
    const [header, ...rows] = h.fakes.spreadsheet.values(SHEETS.audit) as string[][];
    const stops = rows.filter((r) => r[header.indexOf('Hành động')] === 'Dừng gửi nhắc nhở');
    expect(stops.map((r) => [r[header.indexOf('Người thực hiện')], r[header.indexOf('Đối tượng')], r[header.indexOf('Chi tiết')]])).toEqual([[
      ADMIN, 'Hạn mức email',
      `Hạn mức email trong ngày còn ${h.fakes.mail.remaining} người nhận; dừng gửi nhắc bổ sung báo cáo bị trả lại để không vượt hạn mức. Chưa gửi: ${OFFICER_UNIT} (2024-Q1, lần nộp 1). Sẽ gửi ở lần kiểm tra sau.`,
    ]]);
    // the next morning Google has reset the quota: the skipped follow-up goes out
    h.fakes.mail.used = 0;
    h.fakes.clock.advance(DAY);
    check();
    expect(correctionMails(h).map((m) => m.to)).toEqual([OFFICER]);
  });

  test('follow-ups that would run past the 6-minute limit stop in time, are audited, and go out the next day, none twice', () => {
    const { h, api } = readyReview(flavour, NOW);
    const check = checker(flavour, h);
    const communes = (h.fakes.spreadsheet.values(SHEETS.units) as string[][]).map((r) => r[0]).filter((c) => c.startsWith('XA_')).slice(0, 12);
    const emailOf = (code: string): string => `canbo.${code.toLowerCase()}@camxuyen.gov.vn`;
    for (const [i, code] of communes.entries()) {
      assignEmail(h, code, emailOf(code));
      expect(h.api.submitReport({ unitCode: code, periodId: '2024-Q1', requestId: `req-corr-t${String(i).padStart(3, '0')}`, values: COUNTS }).ok).toBe(true);
      expect(api.review({ unitCode: code, periodId: '2024-Q1', revision: 1, state: 'needs_fix', reason: 'Thiếu biên bản.' }).ok).toBe(true);
    }
    h.fakes.clock.advance(2 * DAY); // all twelve follow-ups are due
    // Each MailApp call takes 30 s: twelve follow-ups after the digest would pass 6 minutes.
    h.fakes.execution.begin({ costMs: { mail: 30_000 } });
    const started = h.fakes.clock.nowMs();
    check(); // not killed
    const elapsed = h.fakes.clock.nowMs() - started;
    h.fakes.execution.end();
    const first = correctionMails(h).map((m) => m.to);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(communes.length);
    expect(elapsed).toBeLessThan(6 * 60 * 1000);
    const [header, ...rows] = h.fakes.spreadsheet.values(SHEETS.audit) as string[][];
    const stop = rows.find((r) => r[header.indexOf('Đối tượng')] === 'Giới hạn thời gian')!;
    const left = communes.filter((c) => !first.includes(emailOf(c)));
    expect(stop[header.indexOf('Chi tiết')]).toBe(`Đã chạy gần tới giới hạn 6 phút của Apps Script; dừng gửi nhắc bổ sung báo cáo bị trả lại. Chưa gửi: ${left.map((c) => `${c} (2024-Q1, lần nộp 1)`).join(', ')}. Sẽ gửi ở lần kiểm tra sau.`);

    h.fakes.clock.advance(DAY);
    check();
    const all = correctionMails(h).map((m) => m.to);
    expect([...all].sort()).toEqual(communes.map(emailOf).sort()); // each unit once
  });
});
