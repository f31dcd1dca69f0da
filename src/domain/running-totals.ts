// What a quarterly form shows its officer to check: for the June (Q2) and December (Q4) reports
// of a group whose 6-month and year figures are derived, the earlier quarters' figures, so the
// form can show the running 6-month or year total as the officer types the quarter's own.
import type { Catalog, Period, SubmissionRecord, UnitGroup } from './types';
import { combinesQuarters, indicatorsFor } from './catalog';
import { filedPeriodLabel, makePeriod, periodClosedBy, periodLabel } from './periods';
import { countValue, indexRevisions, latestOf, revisionsOf } from './summary-derive';

export interface RunningTotals {
  /** 'Quý II và 6 tháng đầu năm 2024'. */
  label: string;
  /** '6 tháng đầu năm 2024' or 'Năm 2024'. */
  totalLabel: string;
  /** Per count indicator, the earlier quarters added up; absent when a quarter is missing. */
  earlier: Record<string, number>;
  /** Labels of the earlier quarters the unit has not reported: the running total is unknown. */
  missing: string[];
}

export function runningTotals(catalog: Catalog, group: UnitGroup, unitCode: string, period: Period, records: SubmissionRecord[]): RunningTotals | null {
  const whole = periodClosedBy(period);
  if (!whole || !combinesQuarters(group, whole.kind)) return null;
  const index = indexRevisions(records.filter((r) => r.unitCode === unitCode));
  const quarters = Array.from({ length: period.index - 1 }, (_, i) => makePeriod('quarter', period.year, i + 1));
  const latest = quarters.map((q) => ({ q, r: latestOf(revisionsOf(index, unitCode, q.id)) }));
  const missing = latest.filter((x) => x.r === null).map((x) => periodLabel(x.q));
  const earlier: Record<string, number> = {};
  if (missing.length === 0) {
    for (const ind of indicatorsFor(catalog, group.code, 'quarter').filter((i) => i.type === 'count')) {
      earlier[ind.code] = latest.reduce((n, x) => n + (x.r ? countValue(x.r, ind.code) : 0), 0);
    }
  }
  return { label: filedPeriodLabel(period, group), totalLabel: periodLabel(whole), earlier, missing };
}
