import { buildSummary } from '../../src/domain/summary';
import type { SummaryModel, SummaryRow } from '../../src/domain/summary-types';
import type { SubmissionRecord } from '../../src/domain/types';
import { countValue, derivedValues, indexRevisions, latestOf } from '../../src/domain/summary-derive';
import { parsePeriodId } from '../../src/domain/periods';
import { indicatorsFor } from '../../src/domain/catalog';
import { SEED, SEED_NOW_H1, seedQuarter } from '../fixtures/seed-quarter';

const seed = seedQuarter();
const H1 = parsePeriodId('2024-H1')!;
const Y = parsePeriodId('2024-Y')!;

const summarize = (period = H1, submissions = seed.submissions, now = SEED_NOW_H1): SummaryModel =>
  buildSummary({ ...seed, submissions, period, now, dueSoonDays: 3 });
const row = (s: SummaryModel, code: string): SummaryRow => s.groups.flatMap((g) => g.rows).find((r) => r.unitCode === code)!;

/** Straight from the fixture: the highest revision of one unit's report for one period. */
function latest(unitCode: string, periodId: string): SubmissionRecord | undefined {
  return seed.submissions.filter((s) => s.unitCode === unitCode && s.periodId === periodId)
    .sort((a, b) => b.revision - a.revision)[0];
}
const num = (s: SubmissionRecord, code: string): number => (s.nothingToReport ? 0 : Number(s.values[code] ?? 0));

describe('H1 totals derived from the quarters', () => {
  const s = summarize();

  it('derives each unit’s values as Q1 + Q2 (latest revisions)', () => {
    const r = row(s, 'TT_CAM_XUYEN');
    const q1 = latest('TT_CAM_XUYEN', '2024-Q1')!;
    const q2 = latest('TT_CAM_XUYEN', '2024-Q2')!;
    expect(r.derived?.TIN_BAI).toBe(num(q1, 'TIN_BAI') + num(q2, 'TIN_BAI'));
    expect(r.derived?.HOI_NGHI_LONG_GHEP).toBeNull(); // not on a commune's form
    expect(Object.keys(r.derived ?? {})).toHaveLength(s.indicators.length);
    // The revised unit: Q1 revision 2 (revision 1 said 50 everywhere).
    const ha = row(s, SEED.revised);
    expect(ha.derived?.TO_ROI).toBe(num(latest(SEED.revised, '2024-Q1')!, 'TO_ROI') + num(latest(SEED.revised, '2024-Q2')!, 'TO_ROI'));
    expect(ha.mismatches).toEqual([]);
    // 'Không phát sinh' in Q1 counts as zeros.
    expect(row(s, 'P_NNPTNT').derived?.HOI_NGHI_LONG_GHEP).toBe(num(latest('P_NNPTNT', '2024-Q2')!, 'HOI_NGHI_LONG_GHEP'));
  });

  it('has no derived values for a unit with a missing quarter', () => {
    for (const code of [SEED.q2Missing, SEED.extendedNotDue, ...SEED.missing]) {
      expect(Object.values(row(s, code).derived ?? { x: 1 }).every((v) => v === null)).toBe(true);
      expect(row(s, code).mismatches).toEqual([]);
    }
    expect(row(s, SEED.q2Missing).values.TIN_BAI).toEqual(expect.any(Number)); // its H1 report is in
  });

  it('flags exactly the value that differs from the quarters', () => {
    const { unitCode, indicatorCode, delta } = SEED.mismatch;
    const r = row(s, unitCode);
    expect(r.mismatches).toEqual([indicatorCode]);
    expect(r.values[indicatorCode]).toBe((r.derived?.[indicatorCode] ?? NaN) + delta);
    expect(s.derived?.mismatches).toEqual([{ unitCode, indicatorCode, submitted: r.values[indicatorCode], derived: r.derived?.[indicatorCode] }]);
  });

  it('derives for a unit whose H1 report is missing, without a mismatch', () => {
    const r = row(s, SEED.h1Missing);
    expect(r.status).toBe('missing');
    expect(r.values.TIN_BAI).toBeNull();
    expect(r.derived?.TIN_BAI).toEqual(expect.any(Number));
    expect(r.mismatches).toEqual([]);
  });

  it('derived totals sum every unit whose quarters are all in', () => {
    const expected: Record<string, number> = {};
    for (const unit of seed.catalog.units) {
      const q1 = latest(unit.code, '2024-Q1');
      const q2 = latest(unit.code, '2024-Q2');
      if (!q1 || !q2) continue;
      for (const ind of indicatorsFor(seed.catalog, unit.group, 'quarter')) {
        if (ind.type === 'count') expected[ind.code] = (expected[ind.code] ?? 0) + num(q1, ind.code) + num(q2, ind.code);
      }
    }
    expect(s.derived?.totals).toEqual(expected);
    // The submitted H1 totals differ: SON's H1 is missing, THINH/LOC sent H1 without full quarters, THACH +5.
    expect(s.indicators.filter((i) => s.totals[i.code] !== expected[i.code]).length).toBeGreaterThan(0);
  });

  it('keeps submitted totals, counts and targets for H1 as for any period', () => {
    expect(s.counts).toMatchObject({ owed: 36, submitted: 33, missing: 3 });
    expect(s.missing).toEqual(['XA_CAM_DUE', SEED.h1Missing, 'P_YTE']);
    expect(s.targets).toEqual([{ unitCode: 'TTVHTT', indicatorCode: 'CHUONG_TRINH_PTTH', target: 6, actual: 5, met: false }]);
  });
});

describe('annual totals derived from four quarters', () => {
  const extra = (unitCode: string, periodId: string, tinBai: number): SubmissionRecord => ({
    ...latest(unitCode, '2024-Q1')!, id: `${unitCode}-${periodId}`, periodId, revision: 1,
    submittedAt: new Date(periodId === '2024-Q3' ? '2024-09-10T09:00:00+07:00' : '2024-12-10T09:00:00+07:00'),
    values: { ...latest(unitCode, '2024-Q1')!.values, TIN_BAI: tinBai }, nothingToReport: false,
  });

  it('derives only for units with all four quarters, and flags a year report that disagrees', () => {
    const q1 = num(latest('TT_CAM_XUYEN', '2024-Q1')!, 'TIN_BAI');
    const q2 = num(latest('TT_CAM_XUYEN', '2024-Q2')!, 'TIN_BAI');
    const q1v = latest('TT_CAM_XUYEN', '2024-Q1')!.values;
    const q2v = latest('TT_CAM_XUYEN', '2024-Q2')!.values;
    // Q3 and Q4 repeat Q1's figures but for TIN_BAI; the year report is right except TIN_BAI (+1).
    const values = Object.fromEntries(Object.entries(q1v)
      .map(([k, v]) => [k, typeof v === 'number' ? v * 3 + Number(q2v[k]) : v]));
    const year: SubmissionRecord = { ...extra('TT_CAM_XUYEN', '2024-Y', 0), values: { ...values, TIN_BAI: q1 + q2 + 3 + 4 + 1 },
      submittedAt: new Date('2024-12-12T09:00:00+07:00') };
    const subs = [...seed.submissions, extra('TT_CAM_XUYEN', '2024-Q3', 3), extra('TT_CAM_XUYEN', '2024-Q4', 4), year,
      extra('TT_THIEN_CAM', '2024-Q3', 2)];
    const s = summarize(Y, subs, new Date('2025-01-10T09:00:00+07:00'));
    expect(row(s, 'TT_CAM_XUYEN').derived?.TIN_BAI).toBe(q1 + q2 + 3 + 4);
    expect(row(s, 'TT_CAM_XUYEN').mismatches).toEqual(['TIN_BAI']);
    expect(row(s, 'TT_THIEN_CAM').derived?.TIN_BAI).toBeNull(); // no Q4
    expect(s.derived?.totals.TIN_BAI).toBe(q1 + q2 + 7);
    expect(s.derived?.totals).not.toHaveProperty('HOI_NGHI_LONG_GHEP'); // no department has four quarters
    expect(s.derived?.mismatches).toEqual([{ unitCode: 'TT_CAM_XUYEN', indicatorCode: 'TIN_BAI', submitted: q1 + q2 + 8, derived: q1 + q2 + 7 }]);
  });

  it('a matching year report is not flagged', () => {
    const q1 = num(latest('TT_CAM_XUYEN', '2024-Q1')!, 'TIN_BAI');
    const q2 = num(latest('TT_CAM_XUYEN', '2024-Q2')!, 'TIN_BAI');
    const q1v = latest('TT_CAM_XUYEN', '2024-Q1')!.values;
    const q2v = latest('TT_CAM_XUYEN', '2024-Q2')!.values;
    const sum = Object.fromEntries(Object.keys(q1v).map((k) => [k, typeof q1v[k] === 'number' ? Number(q1v[k]) * 2 + Number(q2v[k]) * 2 : q1v[k]]));
    const q3 = { ...extra('TT_CAM_XUYEN', '2024-Q3', q1), values: q1v };
    const q4 = { ...extra('TT_CAM_XUYEN', '2024-Q4', q2), values: q2v };
    const year = { ...extra('TT_CAM_XUYEN', '2024-Y', 0), values: sum };
    const s = summarize(Y, [...seed.submissions, q3, q4, year], new Date('2025-01-10T09:00:00+07:00'));
    expect(row(s, 'TT_CAM_XUYEN').mismatches).toEqual([]);
    expect(row(s, 'TT_CAM_XUYEN').derived?.TIN_BAI).toBe(2 * (q1 + q2));
    expect(s.derived?.mismatches).toEqual([]);
  });

  it('without any complete year of quarters, derived totals are empty rather than zeros', () => {
    const s = summarize(Y, seed.submissions, new Date('2025-01-10T09:00:00+07:00'));
    expect(s.derived).toEqual({ totals: {}, mismatches: [] });
  });
});

describe('summary-derive helpers', () => {
  const base = seed.submissions[0];

  it('latestOf takes the highest revision, then the later time', () => {
    const a = { ...base, revision: 1, submittedAt: new Date('2024-03-01T00:00:00Z') };
    const b = { ...base, revision: 2, submittedAt: new Date('2024-02-01T00:00:00Z') };
    const c = { ...base, revision: 2, submittedAt: new Date('2024-02-02T00:00:00Z') };
    expect(latestOf([a, b, c])).toBe(c);
    expect(latestOf([c, b, a])).toBe(c);
    expect(latestOf([])).toBeNull();
  });

  it('countValue reads numbers, digit strings and Vietnamese thousands; anything else is 0', () => {
    const v = (x: SubmissionRecord['values'][string]) => countValue({ ...base, values: { A: x } }, 'A');
    expect([v(7), v(' 12 '), v('1.234'), v('1.5'), v('abc'), v(null), v(true), v(NaN)]).toEqual([7, 12, 1234, 0, 0, 0, 0, 0]);
    expect(countValue({ ...base, nothingToReport: true, values: { A: 9 } }, 'A')).toBe(0);
  });

  it('derivedValues is null for months and quarters', () => {
    const index = indexRevisions(seed.submissions);
    const inds = indicatorsFor(seed.catalog, 'XA', 'quarter');
    expect(derivedValues(index, 'TT_CAM_XUYEN', parsePeriodId('2024-Q2')!, inds)).toBeNull();
    expect(derivedValues(index, 'TT_CAM_XUYEN', parsePeriodId('2024-M06')!, inds)).toBeNull();
  });
});
