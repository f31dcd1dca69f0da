// The summary sheet marks approved vs unreviewed figures, without extra Spreadsheet calls.
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, assignEmail } from '../harness';
import { COUNTS, readyReview } from './review-harness';

const NOW = new Date('2024-03-20T03:00:00Z');
const OTHER = 'XA_CAM_DUE';
const OTHER_OFFICER = 'vanthu.camdue@camxuyen.gov.vn';

describe.each(FLAVOURS)('summary sheet and review states (%s)', (flavour) => {
  test('approved, returned and unreviewed units are told apart in the note column', () => {
    const { h, api } = readyReview(flavour, new Date('2024-03-10T03:00:00Z'));
    assignEmail(h, OTHER, OTHER_OFFICER);
    for (const [who, unit] of [[OFFICER, OFFICER_UNIT], [OTHER_OFFICER, OTHER]]) {
      h.as(who);
      expect(h.api.submitReport({ unitCode: unit, periodId: '2024-Q1', requestId: `req-sum-${unit}`, values: COUNTS }).ok).toBe(true);
    }
    h.as(ADMIN);
    expect(api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'approved' }).ok).toBe(true);
    h.fakes.clock.set(NOW);
    const result = h.api.generateSummary('2024-Q1') as { ok: boolean; sheetName: string };
    expect(result.ok).toBe(true);
    const rows = h.fakes.spreadsheet.values(result.sheetName).map((r) => r.map(String));
    const note = (name: string): string => rows.find((r) => r.includes(name))!.at(-1)!;
    expect(note('UBND xã Cẩm Bình')).toMatch(/^Đã duyệt/);
    expect(note('UBND xã Cẩm Duệ')).toMatch(/^Chưa duyệt/);
    expect(note('UBND xã Cẩm Dương')).not.toMatch(/duyệt/); // not submitted: nothing to review
  });
});
