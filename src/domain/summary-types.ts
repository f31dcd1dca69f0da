// The summary of one period: what the summary sheet and the report are rendered from.
// Renderers only lay this out; every number is computed by the builder.
import type { Period } from './types';

/** A unit's standing in the summary: a missing unit is never counted as zeros. */
export type SummaryRowStatus = 'on_time' | 'late' | 'missing' | 'not_due';

export interface SummaryIndicator {
  code: string;
  label: string;
  unitOfMeasure?: string;
}

export interface SummaryRow {
  unitCode: string;
  unitName: string;
  groupCode: string;
  status: SummaryRowStatus;
  submittedAt: Date | null;
  revision: number | null;
  revisedLate: boolean;
  nothingToReport: boolean;
  /** Latest revision's counts; null where the indicator does not apply to the unit or the unit has not submitted. */
  values: Record<string, number | null>;
  /** For 6-month and annual periods: the sum of the unit's quarterly reports (null where a quarter is missing). */
  derived: Record<string, number | null> | null;
  /** Indicator codes whose submitted value differs from the derived one. */
  mismatches: string[];
  note: string;
}

export interface SummaryGroup {
  code: string;
  name: string;
  rows: SummaryRow[];
  /** Sums over the group's submitted rows only. */
  subtotal: Record<string, number>;
}

export interface TargetCheck {
  unitCode: string;
  indicatorCode: string;
  target: number;
  /** null when the unit has not submitted. */
  actual: number | null;
  met: boolean;
}

export interface SummaryCounts {
  /** Active units that owe this report. */
  owed: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
  nothingToReport: number;
}

export interface SummaryModel {
  period: Period;
  periodLabel: string;
  generatedAt: Date;
  /** Count indicators owed by at least one group for this period kind, in catalog order. */
  indicators: SummaryIndicator[];
  groups: SummaryGroup[];
  totals: Record<string, number>;
  counts: SummaryCounts;
  /** onTime / (units whose deadline has passed or that submitted); null when nobody is due yet. */
  onTimeRate: number | null;
  onTime: string[];
  late: string[];
  missing: string[];
  targets: TargetCheck[];
  /** Half-year and annual periods: totals derived from the quarters, and where they disagree. */
  derived: { totals: Record<string, number>; mismatches: { unitCode: string; indicatorCode: string; submitted: number; derived: number }[] } | null;
}
