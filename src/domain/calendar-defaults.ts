// Default calendar: deadline 23:59:59 on day 16 of the period's last month (moved past weekends
// and holidays), late submissions accepted for 60 days. The holidays below are the official days
// off for cán bộ, công chức (Bộ luật Lao động Điều 112 and the yearly Thông báo of Bộ Nội vụ), as
// best known when this was written. The office edits them in the calendar sheet each year.
import type { CalendarConfig, DeadlineRule } from './types';

const DAY_16: DeadlineRule = { day: 16, monthOffset: 0, time: '23:59:59' };

const HOLIDAYS_2024 = [
  '2024-01-01', // Tết Dương lịch
  // Tết Giáp Thìn: 08/02 – 14/02
  '2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14',
  '2024-04-18', // Giỗ Tổ Hùng Vương (10/3 âm lịch)
  '2024-04-29', '2024-04-30', '2024-05-01', // 27/4 – 01/5, 29/4 swapped with Saturday 04/5
  '2024-09-02', '2024-09-03', // Quốc khánh
];

const HOLIDAYS_2025 = [
  '2025-01-01',
  // Tết Ất Tỵ: 25/01 – 02/02
  '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
  '2025-02-01', '2025-02-02',
  '2025-04-07', // Giỗ Tổ Hùng Vương
  '2025-04-30', '2025-05-01', '2025-05-02', // 30/4 – 04/5, 02/5 swapped with Saturday 26/4
  '2025-09-01', '2025-09-02', // Quốc khánh (two days since 2025)
];

const HOLIDAYS_2026 = [
  '2026-01-01', '2026-01-02', // Tết Dương lịch; 02/01 swapped with Saturday 10/01 (check the year's notice)
  // Tết Bính Ngọ: 14/02 – 22/02
  '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
  '2026-02-21', '2026-02-22',
  '2026-04-27', // Giỗ Tổ Hùng Vương falls on Sunday 26/4: compensated on Monday
  '2026-04-30', '2026-05-01',
  '2026-09-01', '2026-09-02', // Quốc khánh (check the year's notice for the adjacent day)
];

export const DEFAULT_CALENDAR: CalendarConfig = {
  rules: { month: DAY_16, quarter: DAY_16, half: DAY_16, year: DAY_16 },
  overrides: [],
  holidays: [...HOLIDAYS_2024, ...HOLIDAYS_2025, ...HOLIDAYS_2026],
  workingWeekends: ['2024-05-04', '2025-04-26', '2026-01-10'],
  extensions: [],
  lateWindowDays: 60,
};
