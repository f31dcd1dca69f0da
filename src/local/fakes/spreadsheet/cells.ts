// Cell value semantics of Google Sheets as seen through Range.setValue(s)/getValue(s):
// - null/undefined/'' clear the cell; empty cells read back as ''.
// - numbers, booleans stay typed; Dates are stored as instants and read back as new Date copies.
// - strings are "user entered": a leading apostrophe forces literal text (and is dropped); '=...'
//   is a formula; '+x' / '-x' that are not numbers also become formulas (Sheets shows an error);
//   numeric text ('007', '1.5', '1e3', '50%') becomes a number, 'TRUE'/'FALSE' booleans,
//   'yyyy-MM-dd[ HH:mm[:ss]]' and 'd/M/yyyy' (vi_VN) dates — unless the cell's number format
//   is '@' (plain text), where strings stay exactly as given.
// - FAKE-ONLY: formulas are not evaluated; getValues() returns FORMULA_PLACEHOLDER for them.
import { isDate, type Realm } from '../env';
import { zonedTimeToMs } from '../timezone';

export const FORMULA_PLACEHOLDER = '#FORMULA!';
export const TEXT_FORMAT = '@';

export interface StoredDate { date: number }
export type Stored = string | number | boolean | StoredDate;

export interface CellFormat {
  background?: string; fontWeight?: string; fontColor?: string; fontStyle?: string; fontSize?: number;
  fontFamily?: string; numberFormat?: string; note?: string; wrap?: boolean; horizontalAlignment?: string;
  verticalAlignment?: string; border?: string;
}

export interface Cell { v: Stored; f?: string; fmt?: CellFormat }

export function isStoredDate(v: Stored): v is StoredDate {
  return typeof v === 'object' && v !== null;
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.v !== '' || !!cell.f);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const VI_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** What a written value becomes in the cell. */
export function coerceInput(value: unknown, numberFormat: string | undefined, timeZone: string): Pick<Cell, 'v' | 'f'> {
  if (value === null || value === undefined) return { v: '' };
  if (isDate(value)) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? { v: String(value) } : { v: { date: ms } };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { v: value };
  const text = String(value);
  if (text === '') return { v: '' };
  if (text.startsWith("'")) return { v: text.slice(1) };
  if (numberFormat === TEXT_FORMAT) return { v: text };
  return parseUserEntered(text, timeZone);
}

function parseUserEntered(text: string, timeZone: string): Pick<Cell, 'v' | 'f'> {
  const trimmed = text.trim();
  if (text.startsWith('=') && text.length > 1) return { v: '', f: text };
  if (NUMBER.test(trimmed)) return { v: Number(trimmed) };
  if (PERCENT.test(trimmed)) return { v: Number(trimmed.slice(0, -1)) / 100 };
  if (/^[+-]./.test(text)) return { v: '', f: `=${text}` };
  if (/^(true|false)$/i.test(trimmed)) return { v: trimmed.toLowerCase() === 'true' };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const [y, m, d, hh, mm, ss] = iso.slice(1).map((p) => Number(p ?? 0));
    if (validDay(y, m, d) && hh < 24 && mm < 60 && ss < 60) return { v: { date: zonedTimeToMs(timeZone, y, m, d, hh, mm, ss) } };
  }
  // A typed time is a date-time on Sheets' epoch day 30/12/1899, converted with the zone's
  // offset on that day (historical: LMT for Asia/Ho_Chi_Minh).
  // https://developers.google.com/sheets/api/guides/formats#about_date_time_values
  const time = TIME_ONLY.exec(trimmed);
  if (time) {
    const [hh, mm, ss] = time.slice(1).map((p) => Number(p ?? 0));
    if (hh < 24 && mm < 60 && ss < 60) return { v: { date: zonedTimeToMs(timeZone, 1899, 12, 30, hh, mm, ss) } };
  }
  const vi = VI_DATE.exec(trimmed);
  if (vi) {
    const [d, m, y] = vi.slice(1).map(Number);
    if (validDay(y, m, d)) return { v: { date: zonedTimeToMs(timeZone, y, m, d) } };
  }
  return { v: text };
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The value getValues() returns for a cell. */
export function readValue(cell: Cell | undefined, realm: Realm): unknown {
  if (!cell) return '';
  if (cell.f) return FORMULA_PLACEHOLDER;
  return isStoredDate(cell.v) ? realm.newDate(cell.v.date) : cell.v;
}

export function readFormula(cell: Cell | undefined): string {
  return cell?.f ?? '';
}
