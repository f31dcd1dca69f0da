// The unit's history baseline for one (unit, period): per count indicator, the median of the
// unit's latest reports for earlier periods of the same kind (the rule the dashboard flags).
// getForm computes it from the whole data sheet; submitReport, which reads only the index
// columns under its lock, checks that a cached baseline was computed from exactly the reports
// its index shows (the fingerprint) before it trusts it.
import type { Indicator, Period, SubmissionRecord } from '../types';
import { type RowRef, earlierLatest } from './compare';
import { historyMedian } from './outliers';

export interface HistoryBaseline {
  unitCode: string;
  periodId: string;
  /** The ids of the earlier reports it was computed from (see fingerprintOf). */
  fingerprint: string;
  /** Count indicator code → median of the earlier figures (null: no numeric history). */
  medians: Record<string, number | null>;
}

/** Order-free identity of a set of reports: their row ids, sorted. */
export function fingerprintOf(rows: RowRef[]): string {
  return rows.map((r) => r.id).sort().join(',');
}

export function computeBaseline(indicators: Indicator[], records: SubmissionRecord[], unitCode: string, period: Period): HistoryBaseline {
  const earlier = earlierLatest(records, unitCode, period);
  const medians: Record<string, number | null> = {};
  for (const ind of indicators) {
    if (ind.type === 'count') medians[ind.code] = historyMedian(earlier.map((r) => r.values[ind.code] ?? null));
  }
  return { unitCode, periodId: period.id, fingerprint: fingerprintOf(earlier), medians };
}

/**
 * The cached baseline if it still describes this report's history: same unit and period, the
 * same earlier reports as the index shows now, and a median for every count indicator asked
 * about; null otherwise (the caller reads the sheet).
 */
export function usableBaseline(cached: unknown, indicators: Indicator[], unitCode: string, period: Period, indexEarlier: RowRef[]): HistoryBaseline | null {
  if (!cached || typeof cached !== 'object') return null;
  const b = cached as Partial<HistoryBaseline>;
  if (b.unitCode !== unitCode || b.periodId !== period.id || typeof b.fingerprint !== 'string') return null;
  if (!b.medians || typeof b.medians !== 'object') return null;
  if (b.fingerprint !== fingerprintOf(indexEarlier)) return null;
  const medians = b.medians as Record<string, unknown>;
  for (const ind of indicators) {
    if (ind.type !== 'count') continue;
    const m = medians[ind.code];
    if (!(ind.code in medians) || (m !== null && (typeof m !== 'number' || !Number.isFinite(m)))) return null;
  }
  return b as HistoryBaseline;
}
