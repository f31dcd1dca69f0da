// Wall-clock parts of an instant in an IANA time zone (or "GMT+7" style fixed offsets), via Intl.
// Unknown zones fall back to GMT, as Java's TimeZone.getTimeZone (behind Apps Script) does.
// Offsets keep their seconds: the tz database gives historical local-mean-time offsets such as
// Asia/Ho_Chi_Minh's +7:06:30 before 1906 (Node's ICU tz data; older tzdb releases had +7:06:40),
// which is what a time-only cell (a Date on 30/12/1899) is converted with.

export interface ZonedParts {
  year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number;
  weekday: number; // 0 = Sunday
  offsetMinutes: number; // local - UTC (may be fractional: LMT offsets have seconds)
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    try {
      formatters.set(zone, new Intl.DateTimeFormat('en-US', {
        timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
        hour: 'numeric', minute: 'numeric', second: 'numeric',
      }));
    } catch {
      formatters.set(zone, null);
    }
  }
  return formatters.get(zone) ?? null;
}

/** Offset of `zone` from UTC at instant `ms`, in minutes. */
export function offsetMinutes(ms: number, zone: string): number {
  const fixed = FIXED.exec(zone.trim());
  if (fixed) {
    if (!fixed[1]) return 0;
    const minutes = Number(fixed[2]) * 60 + Number(fixed[3] ?? 0);
    return fixed[1] === '-' ? -minutes : minutes;
  }
  const fmt = formatterFor(zone);
  if (!fmt) return 0;
  const p: Record<string, number> = {};
  for (const part of fmt.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - (ms - (((ms % 1000) + 1000) % 1000))) / 1000) / 60;
}

export function zonedParts(ms: number, zone: string): ZonedParts {
  const offset = offsetMinutes(ms, zone);
  const local = new Date(ms + offset * 60000);
  return {
    year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(),
    hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(),
    ms: local.getUTCMilliseconds(), weekday: local.getUTCDay(), offsetMinutes: offset,
  };
}

/** The instant at which the wall clock in `zone` shows the given time. */
export function zonedTimeToMs(zone: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = guess - offsetMinutes(guess, zone) * 60000;
  return guess - offsetMinutes(first, zone) * 60000;
}
