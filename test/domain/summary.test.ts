import { buildSummary, type SummaryInput } from '../../src/domain/summary';
import type { SummaryModel, SummaryRow } from '../../src/domain/summary-types';
import type { Catalog, SubmissionRecord } from '../../src/domain/types';
import { parsePeriodId } from '../../src/domain/periods';
import { SEED, SEED_NOW_Q1, seedQuarter } from '../fixtures/seed-quarter';

const seed = seedQuarter();
const Q1 = parsePeriodId('2024-Q1')!;

function summarize(over: Partial<SummaryInput> = {}): SummaryModel {
  return buildSummary({ ...seed, period: Q1, now: SEED_NOW_Q1, dueSoonDays: 3, ...over });
}

const rowsOf = (s: SummaryModel): SummaryRow[] => s.groups.flatMap((g) => g.rows);
const row = (s: SummaryModel, code: string): SummaryRow => {
  const r = rowsOf(s).find((x) => x.unitCode === code);
  if (!r) throw new Error(`no row ${code}`);
  return r;
};

/** The expected totals, computed straight from the fixture: highest revision per unit, counts only. */
function expectedTotals(periodId: string, exclude: string[] = []): Record<string, number> {
  const countCodes = seed.catalog.indicators.filter((i) => i.type === 'count').map((i) => i.code);
  const latest = new Map<string, SubmissionRecord>();
  for (const s of seed.submissions) {
    if (s.periodId !== periodId || exclude.includes(s.unitCode)) continue;
    const cur = latest.get(s.unitCode);
    if (!cur || s.revision > cur.revision) latest.set(s.unitCode, s);
  }
  const totals: Record<string, number> = {};
  for (const s of latest.values()) {
    for (const code of countCodes) {
      const v = s.nothingToReport ? 0 : s.values[code];
      if (typeof v === 'number') totals[code] = (totals[code] ?? 0) + v;
    }
  }
  return totals;
}

describe('buildSummary on the seeded 2024-Q1', () => {
  const s = summarize();

  it('has a row for every active unit owing quarterly reports, grouped in group order', () => {
    expect(s.periodLabel).toBe('Quý I/2024');
    expect(s.groups.map((g) => g.code)).toEqual(['XA', 'PHONG', 'PHONG_CM', 'TTHCC', 'TTVHTT']);
    expect(s.groups[0].rows).toHaveLength(23);
    expect(rowsOf(s)).toHaveLength(36);
    expect(s.counts.owed).toBe(36);
    expect(s.generatedAt).toBe(SEED_NOW_Q1);
  });

  it('lists only count indicators, in catalog order', () => {
    const codes = s.indicators.map((i) => i.code);
    expect(codes).not.toContain('PHONG_VIEN_CCHC');
    expect(codes).not.toContain('MO_TA_HINH_THUC_KHAC');
    expect(codes[0]).toBe('LOP_TAP_HUAN');
    expect(codes).toHaveLength(18);
    expect(s.indicators.find((i) => i.code === 'TO_ROI')).toEqual({ code: 'TO_ROI', label: 'Số tờ rơi tuyên truyền CCHC', unitOfMeasure: 'tờ' });
  });

  it('totals equal the sums of the latest revisions for every indicator', () => {
    const expected = expectedTotals('2024-Q1');
    expect(Object.keys(expected).length).toBe(18);
    for (const ind of s.indicators) expect([ind.code, s.totals[ind.code]]).toEqual([ind.code, expected[ind.code]]);
    expect(s.totals.TO_ROI).toBeGreaterThan(1000);
  });

  it('group subtotals add up to the totals and cover only the group’s indicators', () => {
    const sum: Record<string, number> = {};
    for (const g of s.groups) for (const [k, v] of Object.entries(g.subtotal)) sum[k] = (sum[k] ?? 0) + v;
    expect(sum).toEqual(s.totals);
    expect(Object.keys(s.groups[1].subtotal)).toEqual(['HOI_NGHI_LONG_GHEP']);
    const xa = s.groups[0];
    const bySum = xa.rows.reduce((n, r) => n + (r.values.TIN_BAI ?? 0), 0);
    expect(xa.subtotal.TIN_BAI).toBe(bySum);
  });

  it('counts a revised unit once, with its latest values', () => {
    const r = row(s, SEED.revised);
    const rev = seed.submissions.filter((x) => x.unitCode === SEED.revised && x.periodId === '2024-Q1');
    expect(rev.map((x) => x.revision)).toEqual([1, 2]);
    expect(r.revision).toBe(2);
    expect(r.values.TO_ROI).toBe(rev[1].values.TO_ROI);
    expect(r.values.TO_ROI).not.toBe(50);
    expect(r.status).toBe('on_time');
    expect(r.submittedAt).toEqual(rev[0].submittedAt);
    expect(r.revisedLate).toBe(false);
    expect(r.note).toBe('Điều chỉnh số liệu tờ rơi');
    // Were the first revision counted too, the total would be off by revision 1's 50.
    expect(s.totals.TO_ROI).toBe(expectedTotals('2024-Q1').TO_ROI);
  });

  it('keeps the first submission’s timeliness for a revision after the deadline', () => {
    const r = row(s, SEED.revisedLate);
    expect(r).toMatchObject({ status: 'on_time', revision: 2, revisedLate: true });
    expect(r.values.LOP_TAP_HUAN).not.toBeNull();
  });

  it('counts “không phát sinh” as submitted zeros, ignoring stale numbers', () => {
    for (const code of SEED.nothingToReport) {
      const r = row(s, code);
      expect(r).toMatchObject({ status: 'on_time', nothingToReport: true });
      expect(r.values.HOI_NGHI_LONG_GHEP).toBe(0);
    }
    expect(s.counts.nothingToReport).toBe(2);
    expect(s.onTime).toEqual(expect.arrayContaining([...SEED.nothingToReport]));
  });

  it('marks late and missing units; missing ones have null values and stay out of totals and rates', () => {
    expect(s.late).toEqual([...SEED.late]);
    expect(s.missing).toEqual([...SEED.missing]);
    for (const code of SEED.missing) {
      const r = row(s, code);
      expect(r.status).toBe('missing');
      expect(r.submittedAt).toBeNull();
      expect(Object.values(r.values).every((v) => v === null)).toBe(true);
    }
    expect(row(s, SEED.late[0]).values.TIN_BAI).toEqual(expect.any(Number));
    expect(s.counts).toEqual({ owed: 36, submitted: 33, onTime: 31, late: 2, missing: 2, notDue: 1, nothingToReport: 2 });
    // 31 on time out of the 35 units that were due or sent: the unit with an extension is not counted.
    expect(s.onTimeRate).toBeCloseTo(31 / 35, 10);
    expect(s.onTime).toHaveLength(31);
  });

  it('leaves values of indicators not on a unit’s form as null', () => {
    const dept = row(s, 'P_TCKH');
    expect(dept.values.HOI_NGHI_LONG_GHEP).toEqual(expect.any(Number));
    expect(dept.values.TIN_BAI).toBeNull();
    expect(Object.keys(dept.values)).toHaveLength(18);
  });

  it('moves a unit with an extension from missing to not_due, and counts it on time when it sent within it', () => {
    expect(row(s, SEED.extendedNotDue)).toMatchObject({ status: 'not_due', submittedAt: null });
    expect(row(s, SEED.extendedOnTime).status).toBe('on_time');
    const noExt = summarize({ calendar: { ...seed.calendar, extensions: [] } });
    expect(row(noExt, SEED.extendedNotDue).status).toBe('missing');
    expect(row(noExt, SEED.extendedOnTime).status).toBe('late');
    expect(noExt.onTimeRate).toBeCloseTo(30 / 36, 10);
    // After the extension has run out, the unit is missing.
    const later = summarize({ now: new Date('2024-04-11T08:00:00+07:00') });
    expect(row(later, SEED.extendedNotDue).status).toBe('missing');
  });

  it('judges a submission made within an extension but after it ran out as late', () => {
    const lateSub: SubmissionRecord = { ...seed.submissions.find((x) => x.periodId === '2024-Q1')!,
      id: 'x', unitCode: SEED.extendedNotDue, revision: 1, submittedAt: new Date('2024-04-10T23:59:59+07:00') };
    const onTime = summarize({ submissions: [...seed.submissions, lateSub], now: new Date('2024-04-12T08:00:00+07:00') });
    expect(row(onTime, SEED.extendedNotDue).status).toBe('on_time');
    const past = { ...lateSub, submittedAt: new Date('2024-04-11T00:00:01+07:00') };
    const late = summarize({ submissions: [...seed.submissions, past], now: new Date('2024-04-12T08:00:00+07:00') });
    expect(row(late, SEED.extendedNotDue).status).toBe('late');
  });

  it('checks the TT VH-TT target of one programme a month', () => {
    expect(s.targets).toEqual([{ unitCode: 'TTVHTT', indicatorCode: 'CHUONG_TRINH_PTTH', target: 3, actual: 3, met: true }]);
    const q2 = summarize({ period: parsePeriodId('2024-Q2')!, now: new Date('2024-07-01T08:00:00+07:00') });
    expect(q2.targets).toEqual([{ unitCode: 'TTVHTT', indicatorCode: 'CHUONG_TRINH_PTTH', target: 3, actual: 2, met: false }]);
  });

  it('reports a missing target unit with no actual, and skips it before it is due', () => {
    const without = seed.submissions.filter((x) => !(x.unitCode === 'TTVHTT' && x.periodId === '2024-Q1'));
    const missing = summarize({ submissions: without });
    expect(missing.targets).toEqual([{ unitCode: 'TTVHTT', indicatorCode: 'CHUONG_TRINH_PTTH', target: 3, actual: null, met: false }]);
    const early = summarize({ submissions: without, now: new Date('2024-03-10T08:00:00+07:00') });
    expect(early.targets).toEqual([]);
  });

  it('is a quarter: no derived totals', () => {
    expect(s.derived).toBeNull();
    expect(rowsOf(s).every((r) => r.derived === null && r.mismatches.length === 0)).toBe(true);
  });
});

describe('buildSummary edge cases', () => {
  it('before the deadline, units that have not sent are not due and the rate counts only senders', () => {
    const s = summarize({ now: new Date('2024-03-13T08:00:00+07:00') });
    // Sent by 13/03 08:00: the batch of 12/03; later revisions and reports are not in yet.
    expect(s.counts.missing).toBe(0);
    expect(s.counts.late).toBe(0);
    expect(s.counts).toMatchObject({ onTime: 29, notDue: 7 });
    expect(row(s, SEED.revised)).toMatchObject({ status: 'not_due', revision: null, submittedAt: null });
    expect(s.onTimeRate).toBe(1);
    const none = summarize({ now: new Date('2024-03-01T08:00:00+07:00'), submissions: [] });
    expect(none.onTimeRate).toBeNull();
    expect(none.counts).toMatchObject({ submitted: 0, notDue: 36 });
    expect(Object.values(none.totals).every((v) => v === 0)).toBe(true);
  });

  it('ignores inactive units, unknown units, other periods and the month reports', () => {
    const catalog: Catalog = { ...seed.catalog, units: seed.catalog.units.map((u) => (u.code === 'XA_YEN_HOA' ? { ...u, active: false } : u)) };
    const stray: SubmissionRecord = { ...seed.submissions[0], id: 'stray', unitCode: 'XA_KHONG_CO', periodId: '2024-Q1', values: { TIN_BAI: 1000 } };
    const s = summarize({ catalog, submissions: [...seed.submissions, stray] });
    expect(rowsOf(s).map((r) => r.unitCode)).not.toContain('XA_YEN_HOA');
    expect(s.counts.owed).toBe(35);
    expect(s.totals.TIN_BAI).toBe(expectedTotals('2024-Q1', ['XA_YEN_HOA']).TIN_BAI);
    const month = summarize({ period: parsePeriodId('2024-M03')! });
    expect(month.groups.map((g) => g.code)).toEqual(['PHONG_CM', 'TTVHTT']);
    expect(month.counts).toMatchObject({ owed: 3, submitted: 0, missing: 3 });
    expect(month.targets.map((t) => [t.target, t.actual, t.met])).toEqual([[1, null, false]]);
  });

  it('reads counts stored as text and treats an empty optional count as zero', () => {
    const base = seed.submissions.find((x) => x.unitCode === 'P_TCKH' && x.periodId === '2024-Q1')!;
    const others = seed.submissions.filter((x) => x !== base);
    const asText = summarize({ submissions: [...others, { ...base, values: { HOI_NGHI_LONG_GHEP: '1.234' } }] });
    expect(row(asText, 'P_TCKH').values.HOI_NGHI_LONG_GHEP).toBe(1234);
    const empty = summarize({ submissions: [...others, { ...base, values: { HOI_NGHI_LONG_GHEP: null } }] });
    expect(row(empty, 'P_TCKH').values.HOI_NGHI_LONG_GHEP).toBe(0);
    const junk = summarize({ submissions: [...others, { ...base, values: { HOI_NGHI_LONG_GHEP: 'abc' } }] });
    expect(row(junk, 'P_TCKH').values.HOI_NGHI_LONG_GHEP).toBe(0);
  });

  it('is the same whatever the machine time zone (instants only)', () => {
    const s = summarize({ now: new Date('2024-03-18T16:59:59.000Z') }); // deadline instant, 23:59:59 +07
    expect(s.counts.missing).toBe(0);
    const after = summarize({ now: new Date('2024-03-18T17:00:00.000Z') });
    expect(after.missing).toEqual(expect.arrayContaining([...SEED.missing, 'P_TU_PHAP', 'XA_CAM_BINH']));
  });
});
