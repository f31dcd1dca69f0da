// The RPC contract of the office's review dialog (dist/Review.html ↔ the review entry functions).
// Plain JSON only: instants are ISO strings.
import type { ReviewState } from '../domain/review/states';
import type { OutlierKind } from '../domain/review/outliers';
import type { IndicatorType, IndicatorValue, Timeliness, UnitPeriodState } from '../domain/types';

export interface ReviewPeriodOption { id: string; label: string }

export interface ReviewIndicatorDto { code: string; label: string; type: IndicatorType; unitOfMeasure?: string }

export interface ReviewCell {
  value: IndicatorValue;
  previous: IndicatorValue;
  lastYear: IndicatorValue;
  outlier: { kind: OutlierKind; message: string } | null;
}

export interface ReviewRowDto {
  unitCode: string;
  unitName: string;
  groupName: string;
  /** Deadline state (đúng hạn, muộn, quá hạn chưa nộp, …). */
  deadlineState: UnitPeriodState;
  /** null while nothing has been submitted. */
  review: { state: ReviewState; reason: string; revision: number; submittedAt: string; submittedBy: string; timeliness: Timeliness; nothingToReport: boolean } | null;
  /** Indicator code → cell ({} while nothing has been submitted). */
  cells: Record<string, ReviewCell>;
  outliers: number;
}

export interface ReviewDashboardDto {
  period: { id: string; label: string; previousLabel: string; lastYearLabel: string };
  periods: ReviewPeriodOption[];
  indicators: ReviewIndicatorDto[];
  rows: ReviewRowDto[];
  now: string;
}

export interface ReviewRevisionDto {
  revision: number;
  submittedAt: string;
  submittedBy: string;
  values: Record<string, IndicatorValue>;
  note: string;
  nothingToReport: boolean;
  /** Indicator codes (and '__note', '__nothingToReport') that differ from the revision before. */
  changed: string[];
}

export interface ReviewEventDto { at: string; by: string; revision: number; state: ReviewState; reason: string }

export interface ReviewDetailDto {
  unit: { code: string; name: string };
  period: { id: string; label: string };
  indicators: ReviewIndicatorDto[];
  revisions: ReviewRevisionDto[];
  events: ReviewEventDto[];
  state: ReviewState;
  reason: string;
}

export interface ReviewActionPayload {
  unitCode: string;
  periodId: string;
  revision: number;
  state: ReviewState;
  reason?: string;
}

export type ReviewActionResult =
  | { ok: true; state: ReviewState; revision: number; emailed: string[] }
  | { ok: false; message: string };

/** What the unit's form shows about the review of its latest revision. */
export interface FormReviewDto { state: ReviewState; reason: string; at: string | null; revision: number }

/** The server's question about implausible figures; answered with the token and the codes confirmed. */
export interface ConfirmChallengeDto { token: string; items: { code: string; label: string; value: number; message: string }[] }
