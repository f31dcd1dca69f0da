// The dashboard's data call: figures beside the previous period and last year, outliers, and a
// Spreadsheet-call budget that does not grow with units or periods.
import { SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import { invalidateConfig } from '../../../src/server/config/load-config';
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, type Harness } from '../harness';
import { COUNTS, readyReview, seedReports, submitConfirmed } from './review-harness';

const NOW = new Date('2024-03-10T03:00:00Z');
export const DASHBOARD_BUDGET = 8;

describe.each(FLAVOURS)('review dashboard (%s)', (flavour) => {
  test('every unit due, with its figures beside the previous period, last year and an outlier marker', () => {
    const { h, api } = readyReview(flavour, NOW);
    seedReports(h, [
      { unitCode: OFFICER_UNIT, periodId: '2023-Q1', values: { ...COUNTS, LOP_TAP_HUAN: 1 } },
      { unitCode: OFFICER_UNIT, periodId: '2023-Q2', values: { ...COUNTS, LOP_TAP_HUAN: 3 } },
      { unitCode: OFFICER_UNIT, periodId: '2023-Q3', values: { ...COUNTS, LOP_TAP_HUAN: 2 } },
      { unitCode: OFFICER_UNIT, periodId: '2023-Q4', values: { ...COUNTS, LOP_TAP_HUAN: 2 } },
    ]);
    h.as(OFFICER);
    expect(submitConfirmed(h, { unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: 'req-dash-0001', values: { ...COUNTS, LOP_TAP_HUAN: 99 } }).ok).toBe(true);
    h.as(ADMIN);
    const d = api.dashboard();
    expect(d.period).toEqual({ id: '2024-Q1', label: 'Quý I/2024', previousLabel: 'Quý IV/2023', lastYearLabel: 'Quý I/2023' });
    expect(d.periods.map((p) => p.id)).toEqual(expect.arrayContaining(['2024-M01', '2024-Q1']));
    expect(d.indicators.map((i) => i.code)).toEqual(expect.arrayContaining(Object.keys(COUNTS)));
    expect(d.rows.length).toBeGreaterThan(20); // every commune and the centre
    const mine = d.rows.find((r) => r.unitCode === OFFICER_UNIT)!;
    expect(mine.review).toMatchObject({ state: 'received', revision: 1, timeliness: 'on_time', submittedBy: OFFICER, submittedAt: NOW.toISOString() });
    expect(mine.cells.LOP_TAP_HUAN).toEqual({
      value: 99, previous: 2, lastYear: 1,
      outlier: { kind: 'above_history', message: 'Gấp hơn 5 lần trung vị các kỳ trước (2).' },
    });
    expect(mine.cells.TIN_BAI).toMatchObject({ value: 12, previous: 12, lastYear: 12, outlier: null });
    expect(mine.outliers).toBe(1);
    const other = d.rows.find((r) => r.unitCode === 'XA_CAM_DUE')!;
    expect(other).toMatchObject({ review: null, cells: {}, outliers: 0, deadlineState: 'not_due' });
    expect(() => api.dashboard('2024-Q9')).toThrow('Kỳ báo cáo không hợp lệ.');
  });
});

/** `extra` more communes in the units sheet, and `years` years of quarterly reports for every unit. */
function grow(h: Harness, extra: number, years: number): void {
  const header = h.fakes.spreadsheet.values(SHEETS.units)[0] as string[];
  const unitRows = Array.from({ length: extra }, (_, i) => header.map((c) => {
    switch (c) {
      case UNIT_COLUMNS.code: return `XA_THEM_${i}`;
      case UNIT_COLUMNS.name: return `Xã Thêm ${i}`;
      case UNIT_COLUMNS.group: return 'XA';
      case UNIT_COLUMNS.active: return 'Có';
      default: return '';
    }
  }));
  h.fakes.spreadsheet.seed(SHEETS.units, unitRows);
  invalidateConfig(h.env);
  const codes = [OFFICER_UNIT, ...Array.from({ length: extra }, (_, i) => `XA_THEM_${i}`)];
  const reports = [];
  for (let y = 2024 - years; y < 2024; y++) for (let q = 1; q <= 4; q++) for (const unitCode of codes) reports.push({ unitCode, periodId: `${y}-Q${q}`, values: COUNTS });
  seedReports(h, reports);
}

describe.each(FLAVOURS)('dashboard call budget (%s)', (flavour) => {
  test.each([[0, 1], [200, 5]])('with %i extra units and %i years of data', (extra, years) => {
    const { h, api } = readyReview(flavour, NOW);
    grow(h, extra, years);
    h.as(OFFICER);
    h.api.submitReport({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: `req-budget-${extra}`, values: COUNTS });
    h.as(ADMIN);
    api.review({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', revision: 1, state: 'approved' });
    api.dashboard('2024-Q1'); // warms the configuration cache
    h.fakes.counters.reset();
    const d = api.dashboard('2024-Q1');
    const calls = h.fakes.counters.spreadsheet;
    h.fakes.counters.reset();
    api.detail(OFFICER_UNIT, '2024-Q1');
    const detailCalls = h.fakes.counters.spreadsheet;
    console.log(`[dashboard ${flavour}] units=${d.rows.length}, data rows=${h.fakes.spreadsheet.values(SHEETS.data).length - 1}: getReviewDashboard ${calls} Spreadsheet calls, getReviewDetail ${detailCalls} (budget ${DASHBOARD_BUDGET})`);
    expect(d.rows.length).toBeGreaterThanOrEqual(20 + extra);
    expect(d.rows.find((r) => r.unitCode === OFFICER_UNIT)!.review!.state).toBe('approved');
    expect(calls).toBeLessThanOrEqual(DASHBOARD_BUDGET);
    expect(detailCalls).toBeLessThanOrEqual(DASHBOARD_BUDGET);
  });
});
