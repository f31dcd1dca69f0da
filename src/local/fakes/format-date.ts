// Utilities.formatDate: Java SimpleDateFormat patterns (English names) in real time zones.
import { zonedParts } from './timezone';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export class PatternError extends Error {}

export function formatJavaDate(ms: number, timeZone: string, pattern: string): string {
  const p = zonedParts(ms, timeZone);
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") { out += "'"; i += 2; continue; }
      // Quoted literal: runs to the next lone quote; a doubled quote inside stands for one quote.
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] !== "'") { out += pattern[j]; continue; }
        if (pattern[j + 1] === "'") { out += "'"; j++; continue; }
        break;
      }
      if (j >= pattern.length) throw new PatternError('Unterminated quote');
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) { out += ch; i++; continue; }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    out += field(ch, n, p, ms, timeZone);
    i += n;
  }
  return out;
}

function field(ch: string, n: number, p: ReturnType<typeof zonedParts>, ms: number, zone: string): string {
  const num = (v: number) => String(v).padStart(n, '0');
  switch (ch) {
    case 'G': return 'AD';
    case 'y': case 'Y': return n === 2 ? String(p.year % 100).padStart(2, '0') : num(p.year);
    case 'M': case 'L': return n >= 4 ? MONTHS[p.month - 1] : n === 3 ? MONTHS[p.month - 1].slice(0, 3) : num(p.month);
    case 'd': return num(p.day);
    case 'D': return num(Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86400000) + 1);
    case 'E': return n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
    case 'u': return num(p.weekday === 0 ? 7 : p.weekday);
    case 'a': return p.hour < 12 ? 'AM' : 'PM';
    case 'H': return num(p.hour);
    case 'k': return num(p.hour === 0 ? 24 : p.hour);
    case 'K': return num(p.hour % 12);
    case 'h': return num(p.hour % 12 === 0 ? 12 : p.hour % 12);
    case 'm': return num(p.minute);
    case 's': return num(p.second);
    case 'S': return num(p.ms);
    case 'Z': return offsetText(p.offsetMinutes, '');
    case 'X': return p.offsetMinutes === 0 ? 'Z' : n === 1 ? offsetText(p.offsetMinutes, '').slice(0, 3) : offsetText(p.offsetMinutes, n >= 3 ? ':' : '');
    case 'z': return zoneName(ms, zone, n >= 4, p.offsetMinutes);
    default: throw new PatternError(`Illegal pattern character '${ch}'`);
  }
}

function offsetText(minutes: number, sep: string): string {
  const abs = Math.floor(Math.abs(minutes)); // Java prints whole minutes of an LMT offset
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}${sep}${String(abs % 60).padStart(2, '0')}`;
}

function zoneName(ms: number, zone: string, long: boolean, offset: number): string {
  if (/^(utc|gmt)$/i.test(zone)) return long ? 'Coordinated Universal Time' : zone.toUpperCase();
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: long ? 'long' : 'short' })
      .formatToParts(new Date(ms)).find((part) => part.type === 'timeZoneName')?.value;
    if (name && !/^GMT[+-]/.test(name)) return name;
  } catch { /* fixed offsets and unknown zones */ }
  return `GMT${offsetText(offset, ':')}`;
}
