// Vietnamese number and date formatting for the report: written out here, not with Intl,
// so Apps Script, CI and a laptop print exactly the same text.
import type { LocalDate } from './types';
import { dateParts, localDateOf } from './time';

/** Whole numbers with '.' between thousands: 1234567 → '1.234.567', -1234 → '-1.234'. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const rounded = Math.round(n);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return rounded < 0 ? `-${digits}` : digits;
}

/** A number or '—' for a value that is not there (a missing unit is never shown as 0). */
export function formatCount(n: number | null | undefined): string {
  return n === null || n === undefined ? '—' : formatNumber(n);
}

/** A ratio as a percentage with one decimal comma: 0.857142 → '85,7%', 1 → '100%', 0.5 → '50%'. */
export function formatPercent(ratio: number): string {
  const tenths = Math.round(ratio * 1000);
  const whole = formatNumber(Math.trunc(tenths / 10));
  const decimal = Math.abs(tenths % 10);
  return decimal === 0 ? `${whole}%` : `${whole},${decimal}%`;
}

/** Small counts in administrative style, two digits: 1 → '01', 12 → '12'. */
export function formatTwoDigits(n: number): string {
  return n >= 0 && n < 10 && Number.isInteger(n) ? `0${n}` : formatNumber(n);
}

/**
 * 'Cẩm Xuyên, ngày 05 tháng 4 năm 2024'. Nghị định 30/2020 Phụ lục I: days below 10 and
 * months 1 and 2 take a leading zero; other months do not.
 */
export function formatPlaceDate(place: string, date: Date | LocalDate): string {
  const { year, month, day } = dateParts(typeof date === 'string' ? date : localDateOf(date));
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  const prefix = place.trim() ? `${place.trim()}, ngày` : 'Ngày';
  return `${prefix} ${dd} tháng ${mm} năm ${year}`;
}

/** 'dd/MM/yyyy' shortened the way the report's references are written: '05/4/2024'. */
export function formatShortDate(date: Date | LocalDate): string {
  const { year, month, day } = dateParts(typeof date === 'string' ? date : localDateOf(date));
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${dd}/${mm}/${year}`;
}

/** Upper case for headers; Vietnamese letters have no locale-specific casing, so toUpperCase is exact. */
export function upperVi(text: string): string {
  return text.normalize('NFC').toUpperCase().normalize('NFC');
}

/** Lower-cases the first letter: 'Năm 2024' → 'năm 2024' when a label continues a sentence. */
export function lowerFirst(text: string): string {
  return text ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Names joined for a sentence: 'A', 'A và B', 'A, B và C'. */
export function joinVi(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

/** Words naming the kind of body; the field that follows starts with a capital ('Phòng Văn hóa …'). */
const BODY_TYPES = ['trung tâm', 'văn phòng', 'chi cục', 'phòng', 'sở', 'ban', 'cục', 'bộ'];
/** Councils named after a place: the level stays lower case, the place name is capitalised. */
const PLACE_BODIES = ['ubnd', 'hđnd', 'ủy ban nhân dân', 'uỷ ban nhân dân', 'hội đồng nhân dân'];
const PLACE_LEVELS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn'];
const KEEP_UPPER = new Set(['UBND', 'HĐND', 'CCHC', 'VH-TT', 'VHTT', 'TT', 'PTNT', 'KT-HT']);

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

function startsWithAny(words: string[], from: number, phrases: string[]): number {
  const rest = words.slice(from).join(' ');
  const hit = phrases.find((p) => rest === p || rest.startsWith(`${p} `));
  return hit ? hit.split(' ').length : 0;
}

/**
 * A body's name as it reads inside a sentence. Names typed in capitals for the header
 * ('PHÒNG VĂN HÓA VÀ THÔNG TIN') follow Nghị định 30 Phụ lục II: capital on the kind of body,
 * on each field and on place names ('Phòng Văn hóa và Thông tin', 'UBND huyện Cẩm Xuyên').
 * Names that already have lower-case letters are kept as typed.
 */
export function nameInSentence(name: string): string {
  const text = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (text !== text.toUpperCase()) return text;
  const words = text.split(' ').map((w) => (KEEP_UPPER.has(w) ? w : w.toLowerCase()));
  const lower = words.map((w) => w.toLowerCase());
  const placeBody = startsWithAny(lower, 0, PLACE_BODIES);
  if (placeBody) {
    const level = startsWithAny(lower, placeBody, PLACE_LEVELS);
    return words.map((w, i) => (KEEP_UPPER.has(w) ? w : i < placeBody ? (i === 0 ? cap(w) : w) : i < placeBody + level ? w : cap(w))).join(' ');
  }
  const typeLength = startsWithAny(lower, 0, BODY_TYPES) || 1;
  return words.map((w, i) => {
    if (KEEP_UPPER.has(w) || w === 'và') return w;
    const prev = words[i - 1] ?? '';
    const startsField = i === 0 || i === typeLength || prev === 'và' || prev === '-' || prev.endsWith(',');
    return startsField ? cap(w) : w;
  }).join(' ');
}
