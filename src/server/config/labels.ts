// Vietnamese words used in the configuration sheets for enumerations, both ways.
import type { AnswerSection, IndicatorType, PeriodKind } from '../../domain/types';
import { NO, YES } from '../sheets/names';

export const KIND_LABELS: Record<PeriodKind, string> = { month: 'Tháng', quarter: 'Quý', half: '6 tháng', year: 'Năm' };
export const TYPE_LABELS: Record<IndicatorType, string> = { count: 'Số lượng', boolean: 'Có/Không', text: 'Văn bản' };
export const SECTION_LABELS: Record<AnswerSection, string> = {
  highlights: 'Kết quả nổi bật', issues: 'Tồn tại, hạn chế', proposals: 'Đề xuất, kiến nghị',
};

const fold = (s: string): string => s.normalize('NFC').trim().toLowerCase();

function reverse<K extends string>(labels: Record<K, string>): (s: string) => K | undefined {
  const map = new Map<string, K>();
  for (const [k, v] of Object.entries(labels) as [K, string][]) {
    map.set(fold(v), k);
    map.set(fold(k), k);
  }
  return (s) => map.get(fold(s));
}

export const kindFromLabel = reverse(KIND_LABELS);
export const typeFromLabel = reverse(TYPE_LABELS);
export const sectionFromLabel = reverse(SECTION_LABELS);

/** 'Tháng, Quý' → ['month', 'quarter']; unknown words are reported. */
export function parseKinds(s: string, problems: string[], where: string): PeriodKind[] {
  const kinds: PeriodKind[] = [];
  for (const part of splitList(s)) {
    const k = kindFromLabel(part);
    if (k) kinds.push(k);
    else problems.push(`${where}: loại kỳ "${part}" không hợp lệ (dùng: ${Object.values(KIND_LABELS).join(', ')}).`);
  }
  return kinds;
}

export const kindsToLabel = (kinds: PeriodKind[]): string => kinds.map((k) => KIND_LABELS[k]).join(', ');

/** Lists in one cell are separated by commas, semicolons or new lines. */
export function splitList(s: string): string[] {
  return s.split(/[,;\n]/).map((x) => x.trim()).filter((x) => x !== '');
}

export function parseBool(v: unknown, fallback: boolean): boolean {
  if (typeof v === 'boolean') return v;
  const s = fold(String(v ?? ''));
  if (s === '') return fallback;
  if (['có', 'x', 'true', '1', 'yes', 'đúng'].includes(s)) return true;
  if (['không', 'false', '0', 'no', 'sai'].includes(s)) return false;
  return fallback;
}

export const boolToLabel = (b: boolean): string => (b ? YES : NO);

/** A whole number from a cell, or undefined when blank or not a number. */
/** A number as typed in a vi_VN sheet: a Number cell, or text with a decimal comma ('0,5'). */
export function parseOptionalNumber(v: unknown): number | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  const n = typeof v === 'number' ? v : Number(String(v).trim().replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}

export function parseOptionalInt(v: unknown): number | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  return Number.isFinite(n) ? Math.trunc(n) : undefined;
}
