// The June and December summaries of groups that file one report a quarter: figures are the sums
// of the quarters, a unit missing a quarter is "thiếu số liệu" (null), never a partial sum.
import { DEFAULT_CATALOG } from '../../src/domain/defaults';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar-defaults';
import { parsePeriodId } from '../../src/domain/periods';
import { buildSummary } from '../../src/domain/summary';
import type { IndicatorValue, SubmissionRecord } from '../../src/domain/types';

const at = (iso: string) => new Date(iso);
let n = 0;
function rec(unitCode: string, periodId: string, submittedAt: string, values: Record<string, IndicatorValue>): SubmissionRecord {
  n += 1;
  return {
    id: `r${n}`, requestId: `q${n}`, unitCode, periodId, revision: 1, submittedAt: at(submittedAt), submittedBy: 'x@y.vn',
    timeliness: 'on_time', values, note: '', nothingToReport: false, evidenceUrl: '',
  };
}

const DUE = { Q1: '2024-03-12T09:00:00+07:00', Q2: '2024-06-12T09:00:00+07:00', Q3: '2024-09-10T09:00:00+07:00', Q4: '2024-12-10T09:00:00+07:00' };
const records: SubmissionRecord[] = [
  rec('XA_CAM_BINH', '2024-Q1', DUE.Q1, { TIN_BAI: 4, TO_ROI: 100, KET_QUA_NOI_BAT: 'Tổ chức hội thi tìm hiểu CCHC' }),
  rec('XA_CAM_BINH', '2024-Q2', DUE.Q2, { TIN_BAI: 6, TO_ROI: 250, KET_QUA_NOI_BAT: 'Sân khấu hóa tại 5 thôn' }),
  // Cẩm Duệ sends its June report but never sent Q1.
  rec('XA_CAM_DUE', '2024-Q2', DUE.Q2, { TIN_BAI: 9, TO_ROI: 40 }),
  rec('TTVHTT', '2024-Q1', DUE.Q1, { CHUONG_TRINH_PTTH: 3, PHONG_VIEN_CCHC: true }),
  rec('TTVHTT', '2024-Q2', DUE.Q2, { CHUONG_TRINH_PTTH: 3, PHONG_VIEN_CCHC: true }),
  rec('TTVHTT', '2024-Q3', DUE.Q3, { CHUONG_TRINH_PTTH: 2, PHONG_VIEN_CCHC: false }),
  rec('TTVHTT', '2024-Q4', DUE.Q4, { CHUONG_TRINH_PTTH: 4, PHONG_VIEN_CCHC: true }),
];
const summary = (id: string) => buildSummary({
  catalog: DEFAULT_CATALOG, calendar: DEFAULT_CALENDAR, period: parsePeriodId(id)!, now: at('2025-01-05T09:00:00+07:00'), dueSoonDays: 3, submissions: records,
});
const row = (id: string, code: string) => summary(id).groups.flatMap((g) => g.rows).find((r) => r.unitCode === code)!;

describe('the June report: "Quý II và 6 tháng đầu năm"', () => {
  const s = summary('2024-H1');
  it('is labelled as one report for the quarter and the 6 months', () => {
    expect(s.periodLabel).toBe('Quý II và 6 tháng đầu năm 2024');
    expect(s.combined).toBe(true);
  });
  it('adds Q1 and Q2 up for a unit that sent both', () => {
    expect(row('2024-H1', 'XA_CAM_BINH')).toMatchObject({ status: 'on_time', combined: true, missingQuarters: [] });
    expect(row('2024-H1', 'XA_CAM_BINH').values).toMatchObject({ TIN_BAI: 10, TO_ROI: 350 });
  });
  it('leaves a unit missing Q1 without 6-month figures (thiếu số liệu), and out of the totals', () => {
    const due = row('2024-H1', 'XA_CAM_DUE');
    expect(due.status).toBe('on_time');
    expect(due.missingQuarters).toEqual(['2024-Q1']);
    expect(due.values.TIN_BAI).toBeNull();
    expect(s.incomplete).toEqual(['XA_CAM_DUE']);
    expect(s.totals.TIN_BAI).toBe(10);
    expect(s.groups[0].reporters).toBe(1);
  });
  it('judges timeliness by the June submission: a unit without Q2 is missing', () => {
    expect(row('2024-H1', 'XA_CAM_HA').status).toBe('missing');
    expect(s.counts.owed).toBe(24);
  });
  it('keeps the June answers with the row', () => {
    expect(row('2024-H1', 'XA_CAM_BINH').answers?.KET_QUA_NOI_BAT).toBe('Sân khấu hóa tại 5 thôn');
    expect(s.answerIndicators?.map((a) => a.code)).toEqual(expect.arrayContaining(['PHONG_VIEN_CCHC', 'KET_QUA_NOI_BAT', 'TON_TAI_HAN_CHE', 'DE_XUAT_KIEN_NGHI']));
  });
});

describe('the December report: "Quý IV và năm"', () => {
  const s = summary('2024-Y');
  it('adds the four quarters up and checks the programme target over 12 months', () => {
    expect(s.periodLabel).toBe('Quý IV và năm 2024');
    expect(row('2024-Y', 'TTVHTT').values.CHUONG_TRINH_PTTH).toBe(12);
    expect(s.targets.find((t) => t.unitCode === 'TTVHTT')).toMatchObject({ target: 12, actual: 12, met: true });
    expect(row('2024-Y', 'TTVHTT').answers?.PHONG_VIEN_CCHC).toBe(true);
  });
  it('gives no year figures to communes that missed quarters, and no 0 for indicators nobody completed', () => {
    expect(row('2024-Y', 'XA_CAM_BINH').status).toBe('missing');
    expect(s.totals.TIN_BAI).toBeUndefined();
    expect(s.totals.CHUONG_TRINH_PTTH).toBe(12);
  });
});
