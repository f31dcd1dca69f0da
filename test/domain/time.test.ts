import {
  VN_TIME_ZONE, addDays, compareLocalDates, dayOfWeek, daysBetween, daysInMonth, formatDateTimeVi, formatDateVi,
  instantAt, isValidLocalDate, localDate, localDateOf, parseDateVi,
} from '../../src/domain/time';

describe('localDateOf / instantAt (fixed UTC+7)', () => {
  it('names the zone', () => {
    expect(VN_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });

  it('gives the Vietnamese date around midnight', () => {
    expect(localDateOf(new Date('2024-03-15T16:59:59.999Z'))).toBe('2024-03-15');
    expect(localDateOf(new Date('2024-03-15T17:00:00.000Z'))).toBe('2024-03-16');
    expect(localDateOf(new Date('2024-12-31T17:00:00.000Z'))).toBe('2025-01-01');
  });

  it('builds instants from a wall-clock time', () => {
    expect(instantAt('2024-03-18', '23:59:59').toISOString()).toBe('2024-03-18T16:59:59.000Z');
    expect(instantAt('2024-03-18').toISOString()).toBe('2024-03-17T17:00:00.000Z');
    expect(instantAt('2025-01-01', '06:30').toISOString()).toBe('2024-12-31T23:30:00.000Z');
  });

  it('rejects bad dates and times', () => {
    expect(() => instantAt('2024-02-30')).toThrow('Invalid LocalDate');
    expect(() => instantAt('2024-03-18', '24:00:00')).toThrow('Invalid time');
    expect(() => instantAt('2024-03-18', '7:00')).toThrow('Invalid time');
    expect(() => instantAt('2024-03-18', '12:60:00')).toThrow('Invalid time');
  });

  it('gives the same answers whatever the machine zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/New_York', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = tz;
        expect(localDateOf(new Date('2024-03-15T17:00:00.000Z'))).toBe('2024-03-16');
        expect(instantAt('2024-03-18', '23:59:59').toISOString()).toBe('2024-03-18T16:59:59.000Z');
        expect(dayOfWeek('2024-03-16')).toBe(6);
        expect(addDays('2024-03-09', 1)).toBe('2024-03-10'); // US DST starts 10/03/2024
        expect(formatDateTimeVi(new Date('2024-11-03T06:30:00.000Z'))).toBe('03/11/2024 13:30');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ; else process.env.TZ = saved;
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-03-16', 0)).toBe('2024-03-16');
  });

  it('counts days between dates, negative backwards', () => {
    expect(daysBetween('2024-03-16', '2024-03-18')).toBe(2);
    expect(daysBetween('2024-12-15', '2025-01-14')).toBe(30);
    expect(daysBetween('2024-03-18', '2024-03-16')).toBe(-2);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2024-03-16')).toBe(6); // Saturday
    expect(dayOfWeek('2024-06-16')).toBe(0); // Sunday
    expect(dayOfWeek('2024-12-16')).toBe(1); // Monday
  });

  it('validates and compares LocalDates', () => {
    expect(isValidLocalDate('2024-02-29')).toBe(true);
    expect(isValidLocalDate('2023-02-29')).toBe(false);
    expect(isValidLocalDate('2024-13-01')).toBe(false);
    expect(isValidLocalDate('2024-3-1')).toBe(false);
    expect(isValidLocalDate('16/03/2024')).toBe(false);
    expect(compareLocalDates('2024-03-16', '2024-12-01')).toBe(-1);
    expect(compareLocalDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(compareLocalDates('2024-03-16', '2024-03-16')).toBe(0);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(localDate(2024, 3, 1)).toBe('2024-03-01');
    expect(() => localDate(2024, 4, 31)).toThrow();
  });
});

describe('Vietnamese formats', () => {
  it('formats dates and instants as dd/MM/yyyy [HH:mm] in Vietnam time', () => {
    expect(formatDateVi('2024-03-05')).toBe('05/03/2024');
    expect(formatDateVi(new Date('2024-03-15T17:00:00.000Z'))).toBe('16/03/2024');
    expect(formatDateTimeVi(new Date('2024-03-18T16:59:59.000Z'))).toBe('18/03/2024 23:59');
    expect(formatDateTimeVi(new Date('2024-12-31T17:05:00.000Z'))).toBe('01/01/2025 00:05');
    expect(formatDateVi('not a date')).toBe('not a date');
  });

  it('parses dates typed in config sheets', () => {
    expect(parseDateVi('16/03/2024')).toBe('2024-03-16');
    expect(parseDateVi(' 1/5/2024 ')).toBe('2024-05-01');
    expect(parseDateVi('2024-05-01')).toBe('2024-05-01');
    expect(parseDateVi('29/02/2023')).toBeNull();
    expect(parseDateVi('31/04/2024')).toBeNull();
    expect(parseDateVi('03/16/2024')).toBeNull();
    expect(parseDateVi('2024-5-1')).toBeNull();
    expect(parseDateVi('')).toBeNull();
    expect(parseDateVi('hôm nay')).toBeNull();
  });
});
