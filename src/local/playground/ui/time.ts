// Simulated time shown in Vietnam's time zone (UTC+7, no DST), whatever the browser's zone.

const OFFSET_MS = 7 * 3600_000;
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const pad = (n: number): string => String(n).padStart(2, '0');

function parts(iso: string): Date {
  return new Date(new Date(iso).getTime() + OFFSET_MS);
}

/** 18/03/2024 09:05 */
export function dateTimeVi(iso: string): string {
  const d = parts(iso);
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** Thứ Hai, 18/03/2024 09:05 */
export function longDateTimeVi(iso: string): string {
  return `${WEEKDAYS[parts(iso).getUTCDay()]}, ${dateTimeVi(iso)}`;
}

/** The clock input's text for this instant: dd/MM/yyyy HH:mm in Vietnam. */
export function inputValue(iso: string): string {
  return dateTimeVi(iso);
}

/** 'd/M/yyyy[ H:mm]' typed by the user, read as Vietnam time; null when it is no real date. */
export function fromInputValue(value: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?\s*$/.exec(value);
  if (!m) return null;
  const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0'].map(Number);
  const ms = Date.UTC(year, month - 1, day, hour, minute) - OFFSET_MS;
  const back = new Date(ms + OFFSET_MS);
  if (back.getUTCDate() !== day || back.getUTCMonth() !== month - 1 || hour > 23) return null;
  return new Date(ms).toISOString();
}
