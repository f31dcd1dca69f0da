// What changed between two revisions of a report, cell by cell.
import type { SubmissionRecord } from '../types';

/** Pseudo-codes for the fields that are not indicators. */
export const NOTE_FIELD = '__note';
export const NOTHING_FIELD = '__nothingToReport';

const same = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null) || (a ?? '') === (b ?? '');

/** Codes whose value differs between `prev` and `next` (indicators in `codes` order, then note, không phát sinh). */
export function changedFields(prev: SubmissionRecord | null, next: SubmissionRecord, codes: string[]): string[] {
  if (!prev) return [];
  const out = codes.filter((c) => !same(prev.values[c], next.values[c]));
  if (prev.note !== next.note) out.push(NOTE_FIELD);
  if (prev.nothingToReport !== next.nothingToReport) out.push(NOTHING_FIELD);
  return out;
}

/** The changes as the receipt and history list them (labels; 'Ghi chú', 'Không phát sinh', 'Link minh chứng'). */
export function changeLabels(indicators: { code: string; label: string }[], prev: SubmissionRecord | null, next: SubmissionRecord): string[] {
  if (!prev) return [];
  const label = new Map(indicators.map((i) => [i.code, i.label] as const));
  const out = changedFields(prev, next, indicators.map((i) => i.code)).map((c) =>
    c === NOTE_FIELD ? 'Ghi chú' : c === NOTHING_FIELD ? 'Không phát sinh' : label.get(c) ?? c);
  if ((prev.evidenceUrl ?? '') !== (next.evidenceUrl ?? '')) out.push('Link minh chứng');
  return out;
}
