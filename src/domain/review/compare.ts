// The periods a report is read against: the one before it and the same one a year earlier,
// plus the latest revision of every (unit, period).
import { makePeriod, parsePeriodId } from '../periods';
import type { Period, SubmissionRecord } from '../types';

const PER_YEAR: Record<Period['kind'], number> = { month: 12, quarter: 4, half: 1, year: 1 };

/** Q2 → Q1, M01 → previous year's M12, H1 → previous year's H1, Y → previous Y. */
export function previousPeriod(p: Period): Period {
  return p.index > 1 ? makePeriod(p.kind, p.year, p.index - 1) : makePeriod(p.kind, p.year - 1, PER_YEAR[p.kind]);
}

export function samePeriodLastYear(p: Period): Period {
  return makePeriod(p.kind, p.year - 1, p.index);
}

/** Sort key of a period within its kind. */
export function periodOrdinal(p: Period): number {
  return p.year * 12 + p.index;
}

const key = (unitCode: string, periodId: string): string => `${unitCode}\u0000${periodId}`;

/** Every revision of every (unit, period), ascending by revision. */
export function revisionsIndex(records: SubmissionRecord[]): Map<string, SubmissionRecord[]> {
  const out = new Map<string, SubmissionRecord[]>();
  for (const r of records) {
    const k = key(r.unitCode, r.periodId);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  for (const list of out.values()) list.sort((a, b) => a.revision - b.revision);
  return out;
}

export function revisionsOf(index: Map<string, SubmissionRecord[]>, unitCode: string, periodId: string): SubmissionRecord[] {
  return index.get(key(unitCode, periodId)) ?? [];
}

export function latestOf(index: Map<string, SubmissionRecord[]>, unitCode: string, periodId: string): SubmissionRecord | null {
  const list = revisionsOf(index, unitCode, periodId);
  return list.length ? list[list.length - 1] : null;
}

/** What the index rows and the full records have in common. */
export interface RowRef { id: string; unitCode: string; periodId: string; revision: number }

/**
 * The unit's latest revision of every earlier period of `p`'s kind (highest revision, the later
 * row on a tie), in order of first appearance. One rule for the dashboard (full records) and for
 * submitReport (the index rows it reads under the lock).
 */
export function earlierLatest<T extends RowRef>(rows: Iterable<T>, unitCode: string, p: Period): T[] {
  const latest = new Map<string, T>();
  for (const r of rows) {
    if (r.unitCode !== unitCode) continue;
    const q = parsePeriodId(r.periodId);
    if (!q || q.kind !== p.kind || periodOrdinal(q) >= periodOrdinal(p)) continue;
    const seen = latest.get(r.periodId);
    if (!seen || r.revision >= seen.revision) latest.set(r.periodId, r);
  }
  return [...latest.values()];
}

/** The unit's latest reports for periods of `p`'s kind that come before `p`. */
export function earlierReports(index: Map<string, SubmissionRecord[]>, unitCode: string, p: Period): SubmissionRecord[] {
  return earlierLatest([...index.values()].flat(), unitCode, p);
}
