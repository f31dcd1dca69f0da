// Issue 14 (3): the receipt and the history say what changed from the previous revision and
// show "không phát sinh".
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT } from '../harness';
import { COUNTS, readyReview } from './review-harness';

const NOW = new Date('2024-03-10T03:00:00Z');

describe.each(FLAVOURS)('what changed between revisions (%s)', (flavour) => {
  test('receipt and history list the changed fields by label, and không phát sinh', () => {
    const { h } = readyReview(flavour, NOW);
    h.as(OFFICER);
    const send = (requestId: string, over: Record<string, unknown>) =>
      h.api.submitReport({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId, values: COUNTS, ...over });
    expect(send('req-chg-0001', {})).toMatchObject({ ok: true, revision: 1 });
    expect(send('req-chg-0002', { values: { ...COUNTS, TIN_BAI: 20, TO_ROI: 0 }, note: 'Bổ sung tin bài.' })).toMatchObject({ ok: true, revision: 2 });
    expect(send('req-chg-0003', { values: {}, nothingToReport: true, note: 'Bổ sung tin bài.' })).toMatchObject({ ok: true, revision: 3 });
    expect(send('req-chg-0004', { values: {}, nothingToReport: true, note: 'Bổ sung tin bài.' })).toMatchObject({ ok: true, revision: 4 });

    const history = h.api.getForm(OFFICER_UNIT, '2024-Q1').history;
    expect(history.map((r) => [r.revision, r.nothingToReport, r.changes!.length])).toEqual([[4, true, 0], [3, true, expect.any(Number)], [2, false, 3], [1, false, 0]]);
    expect(history[2].changes).toEqual(['Số tin, bài tuyên truyền CCHC trên mạng xã hội', 'Số tờ rơi tuyên truyền CCHC', 'Ghi chú']);
    expect(history[1].changes).toContain('Không phát sinh');
    h.as(ADMIN);
  });
});
