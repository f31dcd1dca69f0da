// When a time-driven trigger fires between two instants: daily (every N days) at its hour in its
// time zone, or every N hours / minutes. Google adds up to 15 minutes of jitter; we fire on the hour.
import type { Schedule } from '../fakes/script';
import { zonedParts, zonedTimeToMs } from '../fakes/timezone';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Instants in (fromMs, toMs] at which a trigger with this schedule runs. */
export function clockOccurrences(s: Schedule, fromMs: number, toMs: number, scriptTimeZone: string): number[] {
  if (toMs <= fromMs) return [];
  const zone = s.timeZone ?? scriptTimeZone;
  const out: number[] = [];
  if (s.everyDays !== undefined) {
    const hour = s.atHour ?? 0;
    const minute = s.nearMinute ?? 0;
    const p = zonedParts(fromMs, zone);
    // Walk calendar days in the zone from the day of `from`; every N days counted from there.
    for (let i = 0; ; i++) {
      const day = new Date(Date.UTC(p.year, p.month - 1, p.day + i));
      const at = zonedTimeToMs(zone, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, minute);
      if (at > toMs) break;
      if (at > fromMs && i % Math.max(1, s.everyDays) === 0) out.push(at);
      if (i > (toMs - fromMs) / DAY + 2) break;
    }
    return out;
  }
  const step = s.everyHours !== undefined ? s.everyHours * HOUR : s.everyMinutes !== undefined ? s.everyMinutes * 60_000 : 0;
  if (step > 0) {
    for (let at = Math.floor(fromMs / step) * step + step; at <= toMs; at += step) out.push(at);
  }
  return out;
}
