import { runningTotals } from '../../src/domain/running-totals';
import { DEFAULT_CATALOG } from '../../src/domain/defaults';
import { parsePeriodId } from '../../src/domain/periods';
import type { SubmissionRecord } from '../../src/domain/types';
import { SEPARATE_SUBMISSIONS_CATALOG } from '../fixtures/seed-quarter';

const group = (code: string, catalog = DEFAULT_CATALOG) => catalog.groups.find((g) => g.code === code)!;
const rec = (periodId: string, values: Record<string, number>, revision = 1): SubmissionRecord => ({
  id: `${periodId}-${revision}`, requestId: `r-${periodId}-${revision}`, unitCode: 'XA_CAM_BINH', periodId, revision,
  submittedAt: new Date('2024-01-01T00:00:00Z'), submittedBy: 'a@b.vn', timeliness: 'on_time', values, note: '', nothingToReport: false, evidenceUrl: '',
});

describe('running totals on the June and December forms', () => {
  const records = [rec('2024-Q1', { TO_ROI: 100 }), rec('2024-Q1', { TO_ROI: 120 }, 2), rec('2024-Q2', { TO_ROI: 30 }), rec('2024-Q3', { TO_ROI: 50 })];

  it('June: Q1 as last revised, labelled for the 6 months', () => {
    const r = runningTotals(DEFAULT_CATALOG, group('XA'), 'XA_CAM_BINH', parsePeriodId('2024-Q2')!, records)!;
    expect(r).toMatchObject({ label: 'Quý II và 6 tháng đầu năm 2024', totalLabel: '6 tháng đầu năm 2024', missing: [] });
    expect(r.earlier.TO_ROI).toBe(120);
    expect(r.earlier.KET_QUA_NOI_BAT).toBeUndefined();
  });

  it('December: Q1 to Q3; a missing quarter leaves the total unknown', () => {
    const r = runningTotals(DEFAULT_CATALOG, group('XA'), 'XA_CAM_BINH', parsePeriodId('2024-Q4')!, records)!;
    expect(r.earlier.TO_ROI).toBe(200);
    const gap = runningTotals(DEFAULT_CATALOG, group('XA'), 'XA_CAM_BINH', parsePeriodId('2024-Q4')!, records.filter((x) => x.periodId !== '2024-Q2'))!;
    expect(gap).toMatchObject({ missing: ['Quý II/2024'], earlier: {} });
  });

  it('none for Q1, Q3, or a group that files its 6-month and year reports separately', () => {
    expect(runningTotals(DEFAULT_CATALOG, group('XA'), 'XA_CAM_BINH', parsePeriodId('2024-Q3')!, records)).toBeNull();
    expect(runningTotals(DEFAULT_CATALOG, group('XA'), 'XA_CAM_BINH', parsePeriodId('2024-Q1')!, records)).toBeNull();
    expect(runningTotals(SEPARATE_SUBMISSIONS_CATALOG, group('XA', SEPARATE_SUBMISSIONS_CATALOG), 'XA_CAM_BINH', parsePeriodId('2024-Q2')!, records)).toBeNull();
  });
});
