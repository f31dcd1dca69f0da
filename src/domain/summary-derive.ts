// Building blocks of the summary: latest revisions, count values and quarter-derived totals.
import type { Indicator, Period, SubmissionRecord } from './types';
import { quartersOf } from './periods';

/** Index of every stored revision by `unit|period`. */
export type RevisionIndex = Map<string, SubmissionRecord[]>;

const key = (unitCode: string, periodId: string): string => `${unitCode}|${periodId}`;

export function indexRevisions(submissions: SubmissionRecord[]): RevisionIndex {
  const index: RevisionIndex = new Map();
  for (const s of submissions) {
    const k = key(s.unitCode, s.periodId);
    const list = index.get(k);
    if (list) list.push(s);
    else index.set(k, [s]);
  }
  return index;
}

export function revisionsOf(index: RevisionIndex, unitCode: string, periodId: string): SubmissionRecord[] {
  return index.get(key(unitCode, periodId)) ?? [];
}

/** The report that counts: the highest revision (the later one if a revision number repeats). */
export function latestOf(revisions: SubmissionRecord[]): SubmissionRecord | null {
  let best: SubmissionRecord | null = null;
  for (const r of revisions) {
    if (!best || r.revision > best.revision
      || (r.revision === best.revision && r.submittedAt.getTime() > best.submittedAt.getTime())) best = r;
  }
  return best;
}

/**
 * A count as reported: 'không phát sinh' is zero, and so is an optional count left empty
 * (the unit reported and had nothing for it). Numbers typed as text in the sheet are read.
 */
export function countValue(record: SubmissionRecord, code: string): number {
  if (record.nothingToReport) return 0;
  const raw = record.values[code];
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : 0;
  if (typeof raw === 'string') {
    const t = raw.trim();
    if (/^\d+$/.test(t)) return Number(t);
    if (/^\d{1,3}(\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, '')); // '1.234'
  }
  return 0;
}

/**
 * For a half-year or annual period, what the unit's quarterly reports add up to: per indicator,
 * the sum of the latest revision of each quarter, or null when a quarter is missing or the
 * indicator is not on the quarterly form. Null for other period kinds.
 */
export function derivedValues(
  index: RevisionIndex,
  unitCode: string,
  period: Period,
  indicators: Indicator[],
): Record<string, number | null> | null {
  const quarters = quartersOf(period);
  if (quarters.length === 0) return null;
  const latest = quarters.map((q) => latestOf(revisionsOf(index, unitCode, q.id)));
  const out: Record<string, number | null> = {};
  for (const ind of indicators) {
    if (!ind.periodKinds.includes('quarter') || latest.some((r) => r === null)) {
      out[ind.code] = null;
      continue;
    }
    out[ind.code] = latest.reduce((sum, r) => sum + (r ? countValue(r, ind.code) : 0), 0);
  }
  return out;
}

/** The yes/no and text answers of a report, null where left empty or not reported. */
export function answersOf(record: SubmissionRecord | null, codes: string[]): Record<string, string | boolean | null> {
  const out: Record<string, string | boolean | null> = {};
  for (const code of codes) {
    const v = record ? record.values[code] : null;
    out[code] = typeof v === 'boolean' ? v : typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  }
  return out;
}

/** Adds a row's non-null values into a running total. */
export function addInto(total: Record<string, number>, values: Record<string, number | null>): void {
  for (const [code, v] of Object.entries(values)) {
    if (v !== null && code in total) total[code] += v;
  }
}

export function zeros(codes: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of codes) out[c] = 0;
  return out;
}
