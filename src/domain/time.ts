// Dates and instants in Asia/Ho_Chi_Minh. Vietnam has used UTC+7 without daylight saving
// since 1975, so everything is computed with the fixed offset: never with the machine's zone
// or Intl, which differ between Apps Script, CI and a developer's laptop.
import type { LocalDate } from './types';

export const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const CLOCK = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** Days in a month (month 1..12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Builds a LocalDate from parts (month 1..12); throws on an impossible date. */
export function localDate(year: number, month: number, day: number): LocalDate {
  if (!isRealDate(year, month, day)) throw new Error(`Invalid date ${year}-${month}-${day}`);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** Splits a LocalDate into numbers; throws when it is not a real `YYYY-MM-DD` date. */
export function dateParts(date: LocalDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new Error(`Invalid LocalDate: ${date}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(year, month, day)) throw new Error(`Invalid LocalDate: ${date}`);
  return { year, month, day };
}

export function isValidLocalDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Midnight UTC of the date: a timeline point used only for calendar arithmetic. */
function utcDay(date: LocalDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcDay(ms: number): LocalDate {
  const d = new Date(ms);
  return localDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The calendar date in Vietnam at this instant. */
export function localDateOf(instant: Date): LocalDate {
  return fromUtcDay(instant.getTime() + VN_OFFSET_MS);
}

/** The instant of a Vietnamese wall-clock time (`HH:mm:ss` or `HH:mm`, default midnight) on a date. */
export function instantAt(date: LocalDate, time = '00:00:00'): Date {
  const m = CLOCK.exec(time);
  const [h, min, s] = m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : [NaN, NaN, NaN];
  if (!(h <= 23 && min <= 59 && s <= 59)) throw new Error(`Invalid time of day: ${time}`);
  return new Date(utcDay(date) + ((h * 60 + min) * 60 + s) * 1000 - VN_OFFSET_MS);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtcDay(utcDay(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(utcDay(date)).getUTCDay();
}

/** `YYYY-MM-DD` strings compare correctly as text; returns -1, 0 or 1. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `dd/MM/yyyy`. A LocalDate that is not a valid date is returned unchanged. */
export function formatDateVi(x: Date | LocalDate): string {
  const date = typeof x === 'string' ? x : localDateOf(x);
  if (!isValidLocalDate(date)) return date;
  const { year, month, day } = dateParts(date);
  return `${pad2(day)}/${pad2(month)}/${pad4(year)}`;
}

/** `dd/MM/yyyy HH:mm` in Vietnam time. */
export function formatDateTimeVi(instant: Date): string {
  const shifted = new Date(instant.getTime() + VN_OFFSET_MS);
  return `${formatDateVi(instant)} ${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}`;
}

/** Reads a date typed in a config sheet: `dd/MM/yyyy` (day and month may have one digit) or `YYYY-MM-DD`. */
export function parseDateVi(s: string): LocalDate | null {
  const text = s.trim();
  if (isValidLocalDate(text)) return text;
  const m = VI_DATE.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? localDate(year, month, day) : null;
}
