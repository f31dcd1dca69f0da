import {
  baseDeadline, closesAt, deadlineFor, extensionFor, isOpen, isWorkingDay, nextWorkingDay, openFrom, openPeriods,
} from '../../src/domain/calendar';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar-defaults';
import { parsePeriodId } from '../../src/domain/periods';
import { dayOfWeek, isValidLocalDate } from '../../src/domain/time';
import type { CalendarConfig, Period } from '../../src/domain/types';

const p = (id: string): Period => {
  const period = parsePeriodId(id);
  if (!period) throw new Error(`bad id ${id}`);
  return period;
};
const cal = (patch: Partial<CalendarConfig> = {}): CalendarConfig => ({ ...DEFAULT_CALENDAR, ...patch });
const iso = (d: Date): string => d.toISOString();
const at = (s: string): Date => new Date(s);

describe('working days', () => {
  it('treats weekends and listed holidays as days off', () => {
    expect(isWorkingDay('2024-03-15', DEFAULT_CALENDAR)).toBe(true); // Friday
    expect(isWorkingDay('2024-03-16', DEFAULT_CALENDAR)).toBe(false); // Saturday
    expect(isWorkingDay('2024-03-17', DEFAULT_CALENDAR)).toBe(false); // Sunday
    expect(isWorkingDay('2024-09-03', DEFAULT_CALENDAR)).toBe(false); // Quốc khánh, Tuesday
    expect(isWorkingDay('2024-05-04', DEFAULT_CALENDAR)).toBe(true); // make-up Saturday
  });

  it('finds the next working day, or the day itself', () => {
    expect(nextWorkingDay('2024-03-18', DEFAULT_CALENDAR)).toBe('2024-03-18');
    expect(nextWorkingDay('2024-03-16', DEFAULT_CALENDAR)).toBe('2024-03-18');
    expect(nextWorkingDay('2024-08-31', DEFAULT_CALENDAR)).toBe('2024-09-04');
    expect(nextWorkingDay('2026-02-14', DEFAULT_CALENDAR)).toBe('2026-02-23');
  });
});

describe('baseDeadline with the default rule (day 16, 23:59:59, next working day)', () => {
  it.each([
    ['2024-M04', '2024-04-16T16:59:59.000Z'], // Tuesday, no shift
    ['2024-M03', '2024-03-18T16:59:59.000Z'], // Saturday 16/03 → Monday 18/03
    ['2024-Q1', '2024-03-18T16:59:59.000Z'],
    ['2024-Q3', '2024-09-16T16:59:59.000Z'],
    ['2024-H1', '2024-06-17T16:59:59.000Z'], // Sunday 16/06 → Monday 17/06
    ['2024-Y', '2024-12-16T16:59:59.000Z'],
    ['2025-M01', '2025-01-16T16:59:59.000Z'],
    ['2025-Q1', '2025-03-17T16:59:59.000Z'], // Sunday 16/03/2025
    ['2025-Y', '2025-12-16T16:59:59.000Z'],
    ['2026-M02', '2026-02-23T16:59:59.000Z'], // Tết Bính Ngọ 16–20/02, then a weekend
  ])('%s is due %s', (id, expected) => {
    expect(iso(baseDeadline(p(id), DEFAULT_CALENDAR))).toBe(expected);
  });

  it('shifts past a listed holiday, and past a holiday that follows a weekend', () => {
    expect(iso(baseDeadline(p('2024-M04'), cal({ holidays: ['2024-04-16'] })))).toBe('2024-04-17T16:59:59.000Z');
    expect(iso(baseDeadline(p('2025-M03'), cal({ holidays: ['2025-03-17'] })))).toBe('2025-03-18T16:59:59.000Z');
  });

  it('keeps a deadline on a listed make-up weekend day', () => {
    expect(iso(baseDeadline(p('2024-M03'), cal({ workingWeekends: ['2024-03-16'] })))).toBe('2024-03-16T16:59:59.000Z');
  });

  it('applies the kind rule: monthOffset across the year, day clamped to the month, time of day', () => {
    const rules = {
      ...DEFAULT_CALENDAR.rules,
      year: { day: 5, monthOffset: 1, time: '23:59:59' },
      month: { day: 31, monthOffset: 0, time: '17:00:00' },
    };
    // 05/01/2025 is a Sunday.
    expect(iso(baseDeadline(p('2024-Y'), cal({ rules })))).toBe('2025-01-06T16:59:59.000Z');
    expect(iso(baseDeadline(p('2024-M02'), cal({ rules })))).toBe('2024-02-29T10:00:00.000Z');
    expect(iso(baseDeadline(p('2024-M09'), cal({ rules })))).toBe('2024-09-30T10:00:00.000Z');
    // 30/04/2024 is a holiday, and so are 29/04 and 01/05: Thursday 02/05.
    expect(iso(baseDeadline(p('2024-M04'), cal({ rules })))).toBe('2024-05-02T10:00:00.000Z');
    expect(iso(baseDeadline(p('2024-Q1'), cal({ rules })))).toBe('2024-03-18T16:59:59.000Z');
  });

  it('uses a per-period override as given, for that period only', () => {
    const c = cal({ overrides: [{ periodId: '2024-Q1', deadline: '2024-03-23' }] });
    expect(iso(baseDeadline(p('2024-Q1'), c))).toBe('2024-03-23T16:59:59.000Z');
    expect(iso(baseDeadline(p('2024-M03'), c))).toBe('2024-03-18T16:59:59.000Z');
  });
});

describe('extensions', () => {
  const c = cal({
    extensions: [
      { unitCode: 'CAM_BINH', periodId: '2024-M03', deadline: '2024-03-22', reason: 'Mất điện' },
      { unitCode: 'CAM_BINH', periodId: '2024-M03', deadline: '2024-03-25' },
      { unitCode: 'CAM_HA', periodId: '2024-M03', deadline: '2024-03-17' },
      { unitCode: 'CAM_HA', periodId: '2024-Q1', deadline: '2024-03-18' },
    ],
  });

  it('finds the latest extension of the unit for the period', () => {
    expect(extensionFor(c, 'CAM_BINH', '2024-M03')?.deadline).toBe('2024-03-25');
    expect(extensionFor(c, 'CAM_BINH', '2024-Q1')).toBeUndefined();
    expect(extensionFor(c, 'CAM_DUE', '2024-M03')).toBeUndefined();
  });

  it('moves the unit deadline later, never earlier', () => {
    expect(iso(deadlineFor(p('2024-M03'), c, 'CAM_BINH'))).toBe('2024-03-25T16:59:59.000Z');
    expect(iso(deadlineFor(p('2024-M03'), c, 'CAM_HA'))).toBe('2024-03-18T16:59:59.000Z');
    expect(iso(deadlineFor(p('2024-Q1'), c, 'CAM_HA'))).toBe('2024-03-18T16:59:59.000Z');
    expect(iso(deadlineFor(p('2024-M03'), c, 'CAM_DUE'))).toBe('2024-03-18T16:59:59.000Z');
    expect(iso(deadlineFor(p('2024-M03'), c))).toBe('2024-03-18T16:59:59.000Z');
  });
});

describe('open periods', () => {
  it('opens on the first day of the last month, Vietnam time', () => {
    expect(iso(openFrom(p('2024-M03')))).toBe('2024-02-29T17:00:00.000Z');
    expect(iso(openFrom(p('2024-Q1')))).toBe('2024-02-29T17:00:00.000Z');
    expect(iso(openFrom(p('2024-H1')))).toBe('2024-05-31T17:00:00.000Z');
    expect(iso(openFrom(p('2024-Y')))).toBe('2024-11-30T17:00:00.000Z');
  });

  it('is open from openFrom to deadline + lateWindowDays, inclusive', () => {
    const m03 = p('2024-M03');
    expect(iso(closesAt(m03, DEFAULT_CALENDAR))).toBe('2024-05-17T16:59:59.000Z');
    expect(isOpen(m03, at('2024-02-29T16:59:59.999Z'), DEFAULT_CALENDAR)).toBe(false);
    expect(isOpen(m03, at('2024-02-29T17:00:00.000Z'), DEFAULT_CALENDAR)).toBe(true);
    expect(isOpen(m03, at('2024-05-17T16:59:59.000Z'), DEFAULT_CALENDAR)).toBe(true);
    expect(isOpen(m03, at('2024-05-17T16:59:59.001Z'), DEFAULT_CALENDAR)).toBe(false);
    expect(isOpen(m03, at('2024-03-19T00:00:00.000Z'), cal({ lateWindowDays: 0 }))).toBe(false);
  });

  it('lists the open periods on sample dates, chronologically', () => {
    const ids = (kinds: Parameters<typeof openPeriods>[0], now: string, c = DEFAULT_CALENDAR, unit?: string): string[] =>
      openPeriods(kinds, at(now), c, unit).map((x) => x.id);
    // 10/03/2024: M01 (due 16/01) and M02 (due 16/02) are still within 60 days; 2023-M12 (due 18/12/2023) is not.
    expect(ids(['month', 'quarter'], '2024-03-10T05:00:00.000Z')).toEqual(['2024-M01', '2024-M02', '2024-M03', '2024-Q1']);
    expect(ids(['month', 'quarter'], '2024-03-10T05:00:00.000Z', cal({ lateWindowDays: 0 }))).toEqual(['2024-M03', '2024-Q1']);
    expect(ids(['quarter', 'half', 'year'], '2024-06-20T05:00:00.000Z')).toEqual(['2024-Q2', '2024-H1']);
    // Year boundary: on 05/01/2025 the 2024 annual report is open, 2025's is not yet.
    expect(ids(['half', 'year'], '2025-01-05T05:00:00.000Z')).toEqual(['2024-Y']);
    expect(ids(['month'], '2024-12-31T17:30:00.000Z')).toEqual(['2024-M11', '2024-M12', '2025-M01']);
    expect(ids(['half'], '2024-03-10T05:00:00.000Z')).toEqual([]);
  });

  it('keeps a period open longer for a unit with an extension', () => {
    const c = cal({ extensions: [{ unitCode: 'CAM_BINH', periodId: '2023-M12', deadline: '2024-01-10' }] });
    expect(ids2(c, 'CAM_BINH')).toEqual(['2023-M12', '2024-M01', '2024-M02', '2024-M03']);
    expect(ids2(c, 'CAM_DUE')).toEqual(['2024-M01', '2024-M02', '2024-M03']);
    function ids2(config: CalendarConfig, unit: string): string[] {
      return openPeriods(['month'], at('2024-03-05T05:00:00.000Z'), config, unit).map((x) => x.id);
    }
  });
});

describe('DEFAULT_CALENDAR', () => {
  it('has the day-16 rule for every kind and a 60-day late window', () => {
    for (const kind of ['month', 'quarter', 'half', 'year'] as const) {
      expect(DEFAULT_CALENDAR.rules[kind]).toEqual({ day: 16, monthOffset: 0, time: '23:59:59' });
    }
    expect(DEFAULT_CALENDAR.lateWindowDays).toBe(60);
    expect(DEFAULT_CALENDAR.overrides).toEqual([]);
    expect(DEFAULT_CALENDAR.extensions).toEqual([]);
  });

  it('lists valid, unique holidays for 2024–2026 and make-up days that are weekends', () => {
    const { holidays, workingWeekends = [] } = DEFAULT_CALENDAR;
    expect(holidays.every(isValidLocalDate)).toBe(true);
    expect(new Set(holidays).size).toBe(holidays.length);
    for (const year of ['2024', '2025', '2026']) {
      for (const md of ['01-01', '04-30', '05-01', '09-02']) expect(holidays).toContain(`${year}-${md}`);
    }
    expect(holidays).toEqual(expect.arrayContaining(['2024-02-10', '2025-01-29', '2026-02-17'])); // Mùng 1 Tết
    expect(holidays).toEqual(expect.arrayContaining(['2024-04-18', '2025-04-07', '2026-04-27'])); // Giỗ Tổ
    expect(workingWeekends.every((d) => [0, 6].includes(dayOfWeek(d)) && !holidays.includes(d))).toBe(true);
  });
});
