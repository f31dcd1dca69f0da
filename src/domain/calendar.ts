// Working days, submission deadlines and which periods are open, all in Asia/Ho_Chi_Minh.
import type { CalendarConfig, Extension, LocalDate, Period, PeriodKind } from './types';
import { addDays, dayOfWeek, daysInMonth, instantAt, localDate, localDateOf } from './time';
import { lastMonthOf, periodsOfYear } from './periods';

const DAY_MS = 24 * 60 * 60 * 1000;
/** No real calendar has a year without a working day: stops a misconfigured one from looping. */
const MAX_SHIFT_DAYS = 366;

/** Mon–Fri unless a listed holiday; a listed make-up weekend day counts as working. */
export function isWorkingDay(date: LocalDate, cal: CalendarConfig): boolean {
  if (cal.holidays.includes(date)) return false;
  const dow = dayOfWeek(date);
  if (dow === 0 || dow === 6) return (cal.workingWeekends ?? []).includes(date);
  return true;
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(date: LocalDate, cal: CalendarConfig): LocalDate {
  let d = date;
  for (let i = 0; i < MAX_SHIFT_DAYS; i++, d = addDays(d, 1)) {
    if (isWorkingDay(d, cal)) return d;
  }
  throw new Error(`No working day within ${MAX_SHIFT_DAYS} days of ${date}`);
}

/** The rule's date for a period: `day` of the last month + `monthOffset`, clamped to the month's length. */
function ruleDate(period: Period, cal: CalendarConfig): LocalDate {
  const rule = cal.rules[period.kind];
  const last = lastMonthOf(period);
  const monthIndex = last.year * 12 + (last.month - 1) + rule.monthOffset;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const day = Math.min(Math.max(1, rule.day), daysInMonth(year, month));
  return localDate(year, month, day);
}

/** The deadline for every unit: a per-period override, else the rule moved to a working day. */
export function baseDeadline(period: Period, cal: CalendarConfig): Date {
  const time = cal.rules[period.kind].time;
  const override = cal.overrides.find((o) => o.periodId === period.id);
  if (override) return instantAt(override.deadline, time);
  return instantAt(nextWorkingDay(ruleDate(period, cal), cal), time);
}

/** The unit's extension for the period (the latest one if several were granted). */
export function extensionFor(cal: CalendarConfig, unitCode: string, periodId: string): Extension | undefined {
  let found: Extension | undefined;
  for (const e of cal.extensions) {
    if (e.unitCode === unitCode && e.periodId === periodId && (!found || e.deadline > found.deadline)) found = e;
  }
  return found;
}

/** The unit's deadline: an extension can only move it later, never earlier. */
export function deadlineFor(period: Period, cal: CalendarConfig, unitCode?: string): Date {
  const base = baseDeadline(period, cal);
  const ext = unitCode === undefined ? undefined : extensionFor(cal, unitCode, period.id);
  if (!ext) return base;
  const extended = instantAt(ext.deadline, cal.rules[period.kind].time);
  return extended.getTime() > base.getTime() ? extended : base;
}

/** Units may submit from the first day of the period's last month, 00:00 Vietnam time. */
export function openFrom(period: Period): Date {
  const last = lastMonthOf(period);
  return instantAt(localDate(last.year, last.month, 1));
}

/** The last instant a (late) submission is accepted: deadline + lateWindowDays. */
export function closesAt(period: Period, cal: CalendarConfig, unitCode?: string): Date {
  return new Date(deadlineFor(period, cal, unitCode).getTime() + cal.lateWindowDays * DAY_MS);
}

export function isOpen(period: Period, now: Date, cal: CalendarConfig, unitCode?: string): boolean {
  const t = now.getTime();
  return openFrom(period).getTime() <= t && t <= closesAt(period, cal, unitCode).getTime();
}

/** Periods of the given kinds open at `now` (this year's and last year's), in chronological order. */
export function openPeriods(kinds: PeriodKind[], now: Date, cal: CalendarConfig, unitCode?: string): Period[] {
  const year = Number(localDateOf(now).slice(0, 4));
  return [...periodsOfYear(year - 1, kinds), ...periodsOfYear(year, kinds)]
    .filter((p) => isOpen(p, now, cal, unitCode));
}
