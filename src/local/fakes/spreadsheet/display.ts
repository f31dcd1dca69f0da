// getDisplayValues(): a small subset of Sheets number formats, enough for tests and previews.
// Numbers: '0', '0.0…', '#,##0', '#,##0.0…', '0%', '0.0…%' (',' groups, '.' decimals); dates:
// Sheets date formats with d, dd, M/MM (or m/mm when no hour precedes), yyyy, HH/hh, mm, ss.
// Anything else falls back to String(value). Booleans show TRUE/FALSE; dates default to d/M/yyyy
// (or d/M/yyyy H:mm:ss with a time part), the vi_VN default.
import { type Cell, FORMULA_PLACEHOLDER, isStoredDate } from './cells';
import { zonedParts } from '../timezone';

export function displayValue(cell: Cell | undefined, timeZone: string): string {
  if (!cell) return '';
  if (cell.f) return FORMULA_PLACEHOLDER;
  const { v } = cell;
  const format = cell.fmt?.numberFormat;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatNumber(v, format);
  if (isStoredDate(v)) return formatSheetDate(v.date, format, timeZone);
  return v;
}

function formatNumber(n: number, format: string | undefined): string {
  const m = format ? /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format) : null;
  if (!m) return String(n);
  const value = m[3] ? n * 100 : n;
  const fixed = Math.abs(value).toFixed(m[2]?.length ?? 0);
  const [int, frac] = fixed.split('.');
  const grouped = m[1] ? int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : int;
  return `${value < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}${m[3] ?? ''}`;
}

function formatSheetDate(ms: number, format: string | undefined, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  const hasTime = p.hour || p.minute || p.second;
  // A value on Sheets' epoch day 30/12/1899 is a time of day: it displays as a time only.
  const timeOnly = p.year === 1899 && p.month === 12 && p.day === 30;
  const pattern = format && /[dmyhs]/i.test(format) ? format : timeOnly ? 'H:mm:ss' : hasTime ? 'd/M/yyyy H:mm:ss' : 'd/M/yyyy';
  let sawHour = false;
  return pattern.replace(/yyyy|yy|dd|d|MM|M|mm|m|HH|H|hh|h|ss|s/g, (token) => {
    const pad = (x: number) => String(x).padStart(token.length, '0');
    switch (token[0]) {
      case 'y': return token === 'yy' ? String(p.year).slice(-2) : String(p.year);
      case 'd': return pad(p.day);
      case 'M': return pad(p.month);
      case 'm': return sawHour ? pad(p.minute) : pad(p.month);
      case 'H': case 'h': sawHour = true; return pad(p.hour);
      default: return pad(p.second);
    }
  });
}
