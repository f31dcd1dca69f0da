// The history rule at entry, as pure functions: the baseline (median of the unit's latest
// earlier reports of the same kind), when a cached one may be trusted, and what is asked/stored.
import { earlierReports, revisionsIndex } from '../../../src/domain/review/compare';
import { confirmedText, figuresToConfirm } from '../../../src/domain/review/confirm';
import { computeBaseline, fingerprintOf, usableBaseline } from '../../../src/domain/review/history-baseline';
import { earlierLatest } from '../../../src/domain/review/compare';
import { formatFigure, outlierOf, outliersAgainst } from '../../../src/domain/review/outliers';
import { parsePeriodId } from '../../../src/domain/periods';
import type { Indicator, SubmissionRecord } from '../../../src/domain/types';

const p = (id: string) => parsePeriodId(id)!;
let seq = 0;
const rec = (unitCode: string, periodId: string, revision: number, values: Record<string, number | null>): SubmissionRecord => ({
  id: `id-${++seq}`, requestId: `r-${seq}`, unitCode, periodId, revision, submittedAt: new Date('2024-01-01T00:00:00Z'),
  submittedBy: 'u@x.vn', timeliness: 'on_time', values, note: '', nothingToReport: false, evidenceUrl: '',
});
const ind = (code: string, over: Partial<Indicator> = {}): Indicator =>
  ({ code, label: `Số ${code}`, type: 'count', required: false, groups: [], periodKinds: ['quarter'], ...over } as Indicator);

describe('outliersAgainst', () => {
  test('every reason, plausible maximum first; a zero or missing median never flags', () => {
    expect(outliersAgainst(51, 10)).toEqual([{ kind: 'above_history', limit: 50, message: 'Gấp hơn 5 lần trung vị các kỳ trước (10).' }]);
    expect(outliersAgainst(50, 10)).toEqual([]);
    expect(outliersAgainst(51, 10, 40).map((o) => o.kind)).toEqual(['above_max', 'above_history']);
    expect(outliersAgainst(45, 10, 40).map((o) => o.kind)).toEqual(['above_max']);
    expect(outliersAgainst(1000, 0)).toEqual([]);
    expect(outliersAgainst(1000, null)).toEqual([]);
    expect(outliersAgainst('1000', 1)).toEqual([]);
    expect(outliersAgainst(8, 1.5)[0].message).toBe('Gấp hơn 5 lần trung vị các kỳ trước (1,5).');
    expect(formatFigure(12500.25)).toBe('12.500,25');
  });

  test('the dashboard marker is the first reason', () => {
    expect(outlierOf(51, [10, 10, 12], 40)).toMatchObject({ kind: 'above_max' });
    expect(outlierOf(51, [10, 9, 12])).toMatchObject({ kind: 'above_history', limit: 50 });
  });
});

describe('the history baseline', () => {
  const records = [
    rec('U', '2023-Q2', 1, { A: 10, B: 0 }),
    rec('U', '2023-Q3', 1, { A: 100, B: 0 }),
    rec('U', '2023-Q3', 2, { A: 12, B: 0 }), // the latest revision counts, not the first
    rec('U', '2023-Q4', 1, { A: 8, B: null }),
    rec('U', '2024-Q1', 1, { A: 1, B: 1 }), // the period itself is not its own history
    rec('U', '2024-Q2', 1, { A: 1, B: 1 }), // nor a later one
    rec('U', '2023-M05', 1, { A: 1000 }), // another kind
    rec('V', '2023-Q1', 1, { A: 1000 }), // another unit
  ];

  test('the same reports as the dashboard\'s earlierReports, so both apply one rule', () => {
    const mine = earlierLatest(records, 'U', p('2024-Q1')).map((r) => r.id).sort();
    expect(mine).toEqual(earlierReports(revisionsIndex(records), 'U', p('2024-Q1')).map((r) => r.id).sort());
    expect(mine).toHaveLength(3);
  });

  test('medians of count indicators only, from numeric figures', () => {
    const b = computeBaseline([ind('A'), ind('B'), ind('T', { type: 'text' })], records, 'U', p('2024-Q1'));
    expect(b.medians).toEqual({ A: 10, B: 0 });
    expect(b.fingerprint).toBe(fingerprintOf(earlierLatest(records, 'U', p('2024-Q1'))));
    expect(computeBaseline([ind('A')], records, 'W', p('2024-Q1'))).toEqual({ unitCode: 'W', periodId: '2024-Q1', fingerprint: '', medians: { A: null } });
  });

  test('a cached baseline is used only for the same unit, period, earlier reports and indicators', () => {
    const indicators = [ind('A'), ind('B')];
    const earlier = earlierLatest(records, 'U', p('2024-Q1'));
    const b = computeBaseline(indicators, records, 'U', p('2024-Q1'));
    const cached = JSON.parse(JSON.stringify(b)) as unknown;
    expect(usableBaseline(cached, indicators, 'U', p('2024-Q1'), earlier)).toEqual(b);
    expect(usableBaseline(cached, indicators, 'V', p('2024-Q1'), earlier)).toBeNull();
    expect(usableBaseline(cached, indicators, 'U', p('2024-Q2'), earlier)).toBeNull();
    // An earlier period revised after the form was opened: another id in the index.
    const revised = [...records, rec('U', '2023-Q4', 2, { A: 50 })];
    expect(usableBaseline(cached, indicators, 'U', p('2024-Q1'), earlierLatest(revised, 'U', p('2024-Q1')))).toBeNull();
    // An indicator added since: no median for it.
    expect(usableBaseline(cached, [...indicators, ind('C')], 'U', p('2024-Q1'), earlier)).toBeNull();
    for (const broken of [null, 'x', { ...b, medians: { A: 'ten', B: 0 } }, { ...b, medians: undefined }, { ...b, fingerprint: 3 }]) {
      expect(usableBaseline(broken, indicators, 'U', p('2024-Q1'), earlier)).toBeNull();
    }
  });
});

describe('what is asked and what is stored', () => {
  const indicators = [ind('LOP', { plausibleMax: 50 }), ind('TIN'), ind('CO', { type: 'boolean' })];
  test('asked with every reason; không phát sinh asks nothing', () => {
    const items = figuresToConfirm(indicators, { LOP: 90, TIN: 51, CO: true }, false, { LOP: 1.5, TIN: 10 });
    expect(items.map((i) => [i.code, i.reasons.map((r) => r.kind)])).toEqual([['LOP', ['above_max', 'above_history']], ['TIN', ['above_history']]]);
    expect(confirmedText(items)).toBe('LOP=90 (vượt mức hợp lý tối đa 50 và gấp hơn 5 lần trung vị các kỳ trước 1,5); TIN=51 (gấp hơn 5 lần trung vị các kỳ trước 10)');
    expect(figuresToConfirm(indicators, { LOP: 90, TIN: 51 }, true, { LOP: 1.5, TIN: 10 })).toEqual([]);
    expect(figuresToConfirm(indicators, { LOP: 50, TIN: 50 }, false, { LOP: 10, TIN: 10 })).toEqual([]);
  });
});
