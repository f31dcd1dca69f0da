// The summary of one period: what the summary sheet and the report are rendered from.
// Renderers only lay this out; every number is computed by the builder.
import type { AnswerSection, Period } from './types';

/** A unit's standing in the summary: a missing unit is never counted as zeros. */
export type SummaryRowStatus = 'on_time' | 'late' | 'missing' | 'not_due';

export interface SummaryIndicator {
  code: string;
  label: string;
  unitOfMeasure?: string;
}

/** A yes/no or text indicator: shown as answered, never summed. */
export interface AnswerIndicator {
  code: string;
  label: string;
  type: 'boolean' | 'text';
  section?: AnswerSection;
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
  /**
   * The unit files one report a quarter and this 6-month or year row adds its quarters up: values
   * are the sums, null for every indicator while a quarter is missing ("thiếu số liệu").
   */
  combined?: boolean;
  /** Combined rows: the quarters (ids) the unit has not reported, which leave its totals unknown. */
  missingQuarters?: string[];
  /** Yes/no and text answers of the report that counts (for a combined row, the last quarter's). */
  answers?: Record<string, string | boolean | null>;
}

export interface SummaryGroup {
  code: string;
  name: string;
  rows: SummaryRow[];
  /** Sums over the group's submitted rows only; an indicator nobody reported has no entry (unknown, not 0). */
  subtotal: Record<string, number>;
  /** Units that reported and whose figures are in the subtotal. */
  reporters?: number;
  /** The group files one report a quarter; this period's figures add its quarters up. */
  combined?: boolean;
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
  /** Sums over reporting units; an indicator nobody reported has no entry (unknown, not 0). */
  totals: Record<string, number>;
  /** Yes/no and text indicators of the period's forms, in catalog order. */
  answerIndicators?: AnswerIndicator[];
  /** Some group adds its quarters up for this 6-month or year period (label 'Quý II và 6 tháng đầu năm 2024'). */
  combined?: boolean;
  /** Units that reported but miss a quarter, so their 6-month or year figures are unknown. */
  incomplete?: string[];
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
