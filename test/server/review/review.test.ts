// Review states per submission: đã nhận → cần bổ sung (reason, mailed) → đã duyệt, append-only,
// audited, back to đã nhận on a new revision; admins only.
import { REVIEW_SHEET } from '../../../src/server/review/review-log';
import { SHEETS } from '../../../src/server/sheets/names';
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, STRANGER } from '../harness';
import { COUNTS, readyReview } from './review-harness';

const NOW = new Date('2024-03-10T03:00:00Z');

describe.each(FLAVOURS)('review transitions (%s)', (flavour) => {
  function submitted() {
    const ctx = readyReview(flavour, NOW);
    ctx.h.as(OFFICER);
    const r = ctx.h.api.submitReport({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: 'req-review-0001', values: COUNTS });
    expect(r.ok).toBe(true);
    ctx.h.as(ADMIN);
    return ctx;
  }

  test('a fresh revision is đã nhận; returning it needs a reason, mails the unit and is logged append-only', () => {
    const { h, api } = submitted();
    const row = () => api.dashboard('2024-Q1').rows.find((r) => r.unitCode === OFFICER_UNIT)!;
    expect(row().review).toMatchObject({ state: 'received', revision: 1, reason: '' });

    const noReason = api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'needs_fix', reason: '   ' });
    expect(noReason).toEqual({ ok: false, message: expect.stringContaining('lý do') });
    expect(h.fakes.outbox).toHaveLength(0);

    const back = api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'needs_fix', reason: 'Số tờ rơi chưa khớp với biên bản.' });
    expect(back).toEqual({ ok: true, state: 'needs_fix', revision: 1, emailed: [OFFICER] });
    expect(row().review).toMatchObject({ state: 'needs_fix', reason: 'Số tờ rơi chưa khớp với biên bản.' });
    const mail = h.fakes.outbox[0];
    expect(mail.to).toBe(OFFICER);
    expect(mail.subject).toBe('[Báo cáo CCHC] UBND xã Cẩm Bình: báo cáo Quý I/2024 cần bổ sung');
    expect(mail.body).toContain('Số tờ rơi chưa khớp với biên bản.');

    const log = h.fakes.spreadsheet.values(REVIEW_SHEET);
    expect(log[0]).toEqual(['Thời gian', 'Người xét duyệt', 'Mã đơn vị', 'Kỳ báo cáo', 'Lần nộp', 'Trạng thái', 'Lý do', 'Mã kiểm tra']);
    expect(log.slice(1).map((r) => r.slice(1, 7))).toEqual([[ADMIN, OFFICER_UNIT, '2024-Q1', 1, 'Cần bổ sung', 'Số tờ rơi chưa khớp với biên bản.']]);
    expect(String(log[1][7])).toMatch(/^1:[0-9a-f]{64}$/); // linked into the review chain
    const audit = h.fakes.spreadsheet.values(SHEETS.audit).map((r) => r[2]);
    expect(audit).toContain('Trả lại báo cáo để bổ sung');

    // The unit sees the reason at the top of its form.
    h.as(OFFICER);
    expect(h.api.getForm(OFFICER_UNIT, '2024-Q1').review).toEqual({ state: 'needs_fix', reason: 'Số tờ rơi chưa khớp với biên bản.', at: NOW.toISOString(), revision: 1 });
  });

  test('a new revision moves the report back to đã nhận; approving it appends, never rewrites', () => {
    const { h, api } = submitted();
    api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'needs_fix', reason: 'Thiếu số tin bài.' });
    h.as(OFFICER);
    expect(h.api.submitReport({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: 'req-review-0002', values: { ...COUNTS, TIN_BAI: 15 } }).ok).toBe(true);
    h.as(ADMIN);
    const row = api.dashboard('2024-Q1').rows.find((r) => r.unitCode === OFFICER_UNIT)!;
    expect(row.review).toMatchObject({ state: 'received', revision: 2, reason: '' });
    h.as(OFFICER);
    expect(h.api.getForm(OFFICER_UNIT, '2024-Q1').review).toMatchObject({ state: 'received', reason: '', revision: 2 });
    h.as(ADMIN);

    // A reviewer still looking at revision 1 is told to reload.
    expect(api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'approved' }))
      .toEqual({ ok: false, message: expect.stringContaining('lần 2') });
    expect(api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 2, state: 'approved' })).toMatchObject({ ok: true, state: 'approved', emailed: [] });
    expect(api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 2, state: 'approved' }))
      .toEqual({ ok: false, message: 'Báo cáo đã ở trạng thái "Đã duyệt".' });
    expect(api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 2, state: 'received' })).toMatchObject({ ok: false });

    const detail = api.detail(OFFICER_UNIT, '2024-Q1');
    expect(detail.state).toBe('approved');
    expect(detail.events.map((e) => [e.revision, e.state])).toEqual([[1, 'needs_fix'], [2, 'approved']]);
    expect(detail.revisions.map((r) => r.changed)).toEqual([[], ['TIN_BAI']]);
    expect(h.fakes.spreadsheet.values(REVIEW_SHEET)).toHaveLength(3);
  });

  test('only admins review, and only submitted reports', () => {
    const { h, api } = submitted();
    expect(api.review({ unitCode: 'XA_CAM_DUE', periodId: '2024-Q1', revision: 1, state: 'approved' }))
      .toEqual({ ok: false, message: expect.stringContaining('chưa nộp') });
    expect(api.review({ unitCode: OFFICER_UNIT, periodId: 'Q1', revision: 1, state: 'approved' })).toEqual({ ok: false, message: 'Kỳ báo cáo không hợp lệ.' });
    for (const who of [OFFICER, STRANGER]) {
      h.as(who);
      expect(() => api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'approved' })).toThrow('quản trị viên');
      expect(() => api.dashboard('2024-Q1')).toThrow('quản trị viên');
      expect(() => api.detail(OFFICER_UNIT, '2024-Q1')).toThrow('quản trị viên');
    }
    expect(() => h.fakes.spreadsheet.sheet(REVIEW_SHEET)).toThrow('no sheet');
  });
});
