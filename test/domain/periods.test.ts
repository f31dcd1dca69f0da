import {
  cutoffRange, lastMonthOf, makePeriod, monthsInPeriod, parsePeriodId, periodIdOf, periodKindLabel, periodLabel,
  periodsOfYear, previousPeriod, quartersOf,
} from '../../src/domain/periods';
import { addDays } from '../../src/domain/time';
import type { Period } from '../../src/domain/types';

const p = (id: string): Period => {
  const period = parsePeriodId(id);
  if (!period) throw new Error(`bad id ${id}`);
  return period;
};

describe('period ids', () => {
  it('parses every kind', () => {
    expect(parsePeriodId('2024-M03')).toEqual({ id: '2024-M03', kind: 'month', year: 2024, index: 3 });
    expect(parsePeriodId('2024-M12')).toEqual({ id: '2024-M12', kind: 'month', year: 2024, index: 12 });
    expect(parsePeriodId('2024-Q4')).toEqual({ id: '2024-Q4', kind: 'quarter', year: 2024, index: 4 });
    expect(parsePeriodId('2024-H1')).toEqual({ id: '2024-H1', kind: 'half', year: 2024, index: 1 });
    expect(parsePeriodId('2024-Y')).toEqual({ id: '2024-Y', kind: 'year', year: 2024, index: 1 });
  });

  it.each(['2024-M3', '2024-M13', '2024-M00', '2024-Q5', '2024-Q0', '2024-H2', '2024-Y1', '24-M03', '2024M03',
    '2024-m03', ' 2024-M03', '2024-M03 ', '', 'junk', '0999-Y'])('rejects %p', (id) => {
    expect(parsePeriodId(id)).toBeNull();
  });

  it('builds ids and periods', () => {
    expect(periodIdOf('month', 2025, 1)).toBe('2025-M01');
    expect(periodIdOf('quarter', 2025, 2)).toBe('2025-Q2');
    expect(periodIdOf('half', 2025, 1)).toBe('2025-H1');
    expect(periodIdOf('year', 2025, 1)).toBe('2025-Y');
    expect(makePeriod('month', 2025, 11)).toEqual(p('2025-M11'));
    expect(() => makePeriod('month', 2025, 13)).toThrow();
    expect(() => makePeriod('half', 2025, 2)).toThrow();
    expect(() => makePeriod('quarter', 2025, 1.5)).toThrow();
  });
});

describe('labels', () => {
  it('labels periods in Vietnamese', () => {
    expect(periodLabel(p('2024-M03'))).toBe('Tháng 3/2024');
    expect(periodLabel(p('2024-M12'))).toBe('Tháng 12/2024');
    expect(periodLabel(p('2024-Q1'))).toBe('Quý I/2024');
    expect(periodLabel(p('2024-Q2'))).toBe('Quý II/2024');
    expect(periodLabel(p('2024-Q3'))).toBe('Quý III/2024');
    expect(periodLabel(p('2024-Q4'))).toBe('Quý IV/2024');
    expect(periodLabel(p('2024-H1'))).toBe('6 tháng đầu năm 2024');
    expect(periodLabel(p('2024-Y'))).toBe('Năm 2024');
    expect(periodKindLabel('month')).toBe('Tháng');
    expect(periodKindLabel('quarter')).toBe('Quý');
    expect(periodKindLabel('half')).toBe('6 tháng');
    expect(periodKindLabel('year')).toBe('Năm');
  });
});

describe('months', () => {
  it('counts months and finds the last one', () => {
    expect([p('2024-M07'), p('2024-Q3'), p('2024-H1'), p('2024-Y')].map(monthsInPeriod)).toEqual([1, 3, 6, 12]);
    expect(lastMonthOf(p('2024-M07'))).toEqual({ year: 2024, month: 7 });
    expect(lastMonthOf(p('2024-Q3'))).toEqual({ year: 2024, month: 9 });
    expect(lastMonthOf(p('2024-H1'))).toEqual({ year: 2024, month: 6 });
    expect(lastMonthOf(p('2024-Y'))).toEqual({ year: 2024, month: 12 });
  });
});

describe('cutoffRange (Nghị định 09/2019 Điều 12)', () => {
  it('gives each kind its range', () => {
    expect(cutoffRange(p('2024-M03'))).toEqual({ from: '2024-02-15', to: '2024-03-14' });
    expect(cutoffRange(p('2024-Q2'))).toEqual({ from: '2024-03-15', to: '2024-06-14' });
    expect(cutoffRange(p('2024-H1'))).toEqual({ from: '2023-12-15', to: '2024-06-14' });
    expect(cutoffRange(p('2024-Y'))).toEqual({ from: '2023-12-15', to: '2024-12-14' });
  });

  it('crosses the year boundary for January and Q1', () => {
    expect(cutoffRange(p('2025-M01'))).toEqual({ from: '2024-12-15', to: '2025-01-14' });
    expect(cutoffRange(p('2025-Q1'))).toEqual({ from: '2024-12-15', to: '2025-03-14' });
    expect(cutoffRange(p('2024-M12'))).toEqual({ from: '2024-11-15', to: '2024-12-14' });
  });

  it('tiles: months make quarters, quarters make H1 and the year, years follow each other', () => {
    const tiles = (parts: Period[], whole: Period): void => {
      const ranges = parts.map(cutoffRange);
      expect(ranges[0].from).toBe(cutoffRange(whole).from);
      expect(ranges[ranges.length - 1].to).toBe(cutoffRange(whole).to);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i].from).toBe(addDays(ranges[i - 1].to, 1));
    };
    tiles(quartersOf(p('2024-H1')), p('2024-H1'));
    tiles(quartersOf(p('2024-Y')), p('2024-Y'));
    tiles(periodsOfYear(2024, ['month']), p('2024-Y'));
    tiles([p('2024-M04'), p('2024-M05'), p('2024-M06')], p('2024-Q2'));
    expect(cutoffRange(p('2025-Y')).from).toBe(addDays(cutoffRange(p('2024-Y')).to, 1));
  });
});

describe('periodsOfYear', () => {
  it('lists periods chronologically, month before quarter before half before year', () => {
    const ids = periodsOfYear(2024, ['year', 'half', 'quarter', 'month']).map((x) => x.id);
    expect(ids).toHaveLength(12 + 4 + 1 + 1);
    expect(ids.slice(0, 4)).toEqual(['2024-M01', '2024-M02', '2024-M03', '2024-Q1']);
    expect(ids.slice(6, 10)).toEqual(['2024-M06', '2024-Q2', '2024-H1', '2024-M07']);
    expect(ids.slice(-3)).toEqual(['2024-M12', '2024-Q4', '2024-Y']);
  });

  it('lists only the requested kinds', () => {
    expect(periodsOfYear(2025, ['quarter']).map((x) => x.id)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(periodsOfYear(2025, ['year', 'half']).map((x) => x.id)).toEqual(['2025-H1', '2025-Y']);
    expect(periodsOfYear(2025, [])).toEqual([]);
  });
});

describe('previousPeriod and quartersOf', () => {
  it('steps back within the kind, across years', () => {
    expect(previousPeriod(p('2024-M03')).id).toBe('2024-M02');
    expect(previousPeriod(p('2024-M01')).id).toBe('2023-M12');
    expect(previousPeriod(p('2024-Q3')).id).toBe('2024-Q2');
    expect(previousPeriod(p('2024-Q1')).id).toBe('2023-Q4');
    expect(previousPeriod(p('2024-H1')).id).toBe('2023-H1');
    expect(previousPeriod(p('2024-Y')).id).toBe('2023-Y');
  });

  it('names the quarters of H1 and the year', () => {
    expect(quartersOf(p('2024-H1')).map((x) => x.id)).toEqual(['2024-Q1', '2024-Q2']);
    expect(quartersOf(p('2024-Y')).map((x) => x.id)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(quartersOf(p('2024-Q2'))).toEqual([]);
    expect(quartersOf(p('2024-M06'))).toEqual([]);
  });
});
