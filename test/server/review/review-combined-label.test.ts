// Return mails, follow-ups and refusals name the June report as the commune files it: "Quý II và
// 6 tháng đầu năm 2024" (its 6-month figures are the quarters' sums), never a bare "Quý II/2024".
import { scheduledCheck } from '../../../src/server/lateness/entries';
import { UserError } from '../../../src/server/auth';
import { SHEETS } from '../../../src/server/sheets/names';
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, type Flavour } from '../harness';
import { COUNTS, readyReview, submitConfirmed } from './review-harness';

const NOW = new Date('2024-06-10T03:00:00Z');
const DAY = 24 * 3600 * 1000;
const FILED = 'Quý II và 6 tháng đầu năm 2024';

function checker(flavour: Flavour, h: ReturnType<typeof readyReview>['h']): () => unknown {
  if (flavour === 'modules') return () => { try { return scheduledCheck(h.env); } catch (e) { if (e instanceof UserError) throw new Error(e.message); throw e; } };
  const { loadBundle } = require('../../../src/local/vm/load-bundle') as typeof import('../../../src/local/vm/load-bundle');
  const bundle = loadBundle(h.fakes);
  return () => bundle.call('checkLateness');
}

describe.each(FLAVOURS)('review texts name the combined June report (%s)', (flavour) => {
  test('submit audit, return mail, follow-up, refusal and review audit say "Quý II và 6 tháng đầu năm 2024"', () => {
    const { h, api } = readyReview(flavour, NOW);
    const check = checker(flavour, h);
    h.as(OFFICER);
    expect(submitConfirmed(h, { unitCode: OFFICER_UNIT, periodId: '2024-Q2', requestId: 'req-combined-0001', values: COUNTS }).ok).toBe(true);
    h.as(ADMIN);
    const filed = h.fakes.spreadsheet.values(SHEETS.audit).find((r) => r[2] === 'Nộp báo cáo')!;
    expect(String(filed[4])).toBe(`UBND xã Cẩm Bình, ${FILED}, lần nộp 1`);

    expect(api.review({ unitCode: 'XA_CAM_DUE', periodId: '2024-Q2', revision: 1, state: 'approved' }))
      .toEqual({ ok: false, message: `UBND xã Cẩm Duệ chưa nộp báo cáo ${FILED}.` });
    expect(api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q2', revision: 1, state: 'needs_fix', reason: 'Thiếu số tin bài.' }).ok).toBe(true);
    const mail = h.fakes.outbox.find((m) => m.subject.includes('cần bổ sung'))!;
    expect(mail.subject).toBe(`[Báo cáo CCHC] UBND xã Cẩm Bình: báo cáo ${FILED} cần bổ sung`);
    expect(mail.body).toContain(`Báo cáo ${FILED} (lần nộp 1) được trả lại`);
    expect(mail.body).not.toContain('Quý II/2024');
    const audit = h.fakes.spreadsheet.values(SHEETS.audit).find((r) => r[2] === 'Trả lại báo cáo để bổ sung')!;
    expect(String(audit[4])).toContain(`UBND xã Cẩm Bình, ${FILED}, lần nộp 1`);

    h.fakes.clock.advance(2 * DAY);
    check();
    const followUps = h.fakes.outbox.filter((m) => m.subject.includes('vẫn chờ bổ sung'));
    expect(followUps.map((m) => m.subject)).toEqual([`[Báo cáo CCHC] UBND xã Cẩm Bình: báo cáo ${FILED} vẫn chờ bổ sung`]);
    expect(followUps[0].body).toContain(`Báo cáo ${FILED} (lần nộp 1) được trả lại lúc`);
  });

  test('a quarter that closes nothing keeps its plain label', () => {
    const { h, api } = readyReview(flavour, new Date('2024-03-10T03:00:00Z'));
    h.as(OFFICER);
    expect(submitConfirmed(h, { unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: 'req-combined-0002', values: COUNTS }).ok).toBe(true);
    h.as(ADMIN);
    api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'needs_fix', reason: 'Thiếu số tin bài.' });
    expect(h.fakes.outbox.map((m) => m.subject)).toContain('[Báo cáo CCHC] UBND xã Cẩm Bình: báo cáo Quý I/2024 cần bổ sung');
    expect(String(h.fakes.spreadsheet.values(SHEETS.audit).find((r) => r[2] === 'Nộp báo cáo')![4])).toBe('UBND xã Cẩm Bình, Quý I/2024, lần nộp 1');
  });
});
