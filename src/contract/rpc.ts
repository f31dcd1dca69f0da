// The RPC contract between the sidebar (google.script.run) and the server entry functions.
// Only plain JSON crosses this boundary: instants are ISO-8601 strings, never Date objects.
import type { ConfirmChallengeDto, FormReviewDto } from './review';
import type { FieldError, IndicatorType, IndicatorValue, PeriodKind, Timeliness, UnitPeriodState } from '../domain/types';
import type { RunningTotals } from '../domain/running-totals';

export interface UnitDto {
  code: string;
  name: string;
  group: string;
}

export interface PeriodDto {
  id: string;
  kind: PeriodKind;
  label: string;
  /** ISO instant of this user's (unit-independent) deadline; per-unit deadlines come with the form. */
  deadline: string;
  /** The state for the user's only unit, or the worst state across the user's units. */
  status: UnitPeriodState;
}

export interface SidebarData {
  user: { email: string; isAdmin: boolean };
  units: UnitDto[];
  periods: PeriodDto[];
  /** ISO instant of the server's clock, so the client computes "còn N ngày" against the same now. */
  now: string;
  /** The user may read what other units send to a unit of theirs (getIncomingReports); absent from older servers. */
  receives?: boolean;
  /**
   * The office running the sheet, as the settings name it in running text ('Phòng Văn hóa và
   * Thông tin'): who approves reports and adds accounts. Absent from older servers or when unset.
   */
  office?: string;
}

/** What the client needs to render a field and rebuild the same validation schema. */
export interface IndicatorDto {
  code: string;
  label: string;
  type: IndicatorType;
  required: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  unitOfMeasure?: string;
  /** Target for this period (already multiplied by months). */
  target?: number;
}

export interface RevisionDto {
  revision: number;
  submittedAt: string;
  submittedBy: string;
  timeliness: Timeliness;
  /** Labels of what changed from the revision before (issue 14); [] for the first. */
  changes?: string[];
  nothingToReport?: boolean;
}

export interface LatestDto extends RevisionDto {
  values: Record<string, IndicatorValue>;
  note: string;
  nothingToReport: boolean;
  evidenceUrl: string;
}

export interface FormData {
  unit: UnitDto;
  period: PeriodDto & { cutoff: { from: string; to: string } };
  indicators: IndicatorDto[];
  latest: LatestDto | null;
  history: RevisionDto[];
  /** The June (Q2) and December (Q4) forms of a group whose 6-month and year figures are the quarters' sums. */
  running?: RunningTotals | null;
  /** The office's review of the latest revision (issue 14); absent from older servers. */
  review?: FormReviewDto | null;
  /**
   * Issue 14: per count indicator, what makes a figure implausible at entry (the rule the server
   * applies again): the plausible maximum and the median of the unit's earlier periods.
   */
  checks?: Record<string, FigureCheckDto>;
}

export interface FigureCheckDto { plausibleMax?: number; historyMedian?: number }

export interface SubmitPayload {
  unitCode: string;
  periodId: string;
  values: Record<string, number | string | boolean | null>;
  note?: string;
  nothingToReport?: boolean;
  evidenceUrl?: string;
  requestId: string;
  /** The answer to the server's confirmation challenge for implausible figures (issue 14). */
  confirmation?: { token: string; codes: string[] };
}

export type SubmitResult =
  | { ok: true; submissionId: string; revision: number; timeliness: Timeliness; submittedAt: string; replayed: boolean; changes?: string[]; nothingToReport?: boolean;
    /** Issue 14: the implausible figures the unit confirmed in this revision. */
    confirmed?: ConfirmChallengeDto['items'] }
  | { ok: false; errors: FieldError[]; confirm?: ConfirmChallengeDto };

/** Entry functions callable from the sidebar through google.script.run. */
export interface SidebarApi {
  getSidebarData(): SidebarData;
  getForm(unitCode: string, periodId: string): FormData;
  submitReport(payload: SubmitPayload): SubmitResult;
  /** What the units that report to the user's unit sent for a period (default: the latest due). */
  getIncomingReports(periodId?: string): IncomingReportsDto;
}

// ---- Information other units send to a receiving unit (e.g. the CCHC departments' monthly
// information to Trung tâm VH-TT): tracked for timeliness, shown to that unit, not in the report.

/** đúng hạn, trễ hạn, chưa gửi (past the deadline), chưa đến hạn. */
export type IncomingState = 'on_time' | 'late' | 'missing' | 'not_due';

export interface IncomingFigureDto {
  code: string;
  label: string;
  type: IndicatorType;
  value: IndicatorValue;
  unitOfMeasure?: string;
  /** The value as shown: '12 tin, bài', 'Có', '—'. */
  text: string;
}

export interface IncomingRowDto {
  unitCode: string;
  unitName: string;
  groupName: string;
  /** The receiving units this one sends to (usually one). */
  receivers: string[];
  state: IncomingState;
  /** 'Đúng hạn', 'Trễ hạn', 'Chưa gửi', 'Chưa đến hạn'. */
  stateLabel: string;
  /** 'trễ 2 ngày', 'quá hạn 3 ngày', 'còn 5 ngày'; '' when nothing to add. */
  stateDetail: string;
  /** ISO instant and dd/MM/yyyy of this unit's deadline (extensions included). */
  deadline: string;
  deadlineText: string;
  latest: {
    revision: number;
    submittedAt: string;
    /** dd/MM/yyyy HH:mm, Vietnam time. */
    submittedAtText: string;
    submittedBy: string;
    nothingToReport: boolean;
    note: string;
    figures: IncomingFigureDto[];
    /** Text indicators that were answered (empty ones left out). */
    answers: { code: string; label: string; text: string }[];
  } | null;
}

export interface IncomingReportsDto {
  receivers: { code: string; name: string }[];
  period: { id: string; label: string };
  /** Periods to pick from, most recent first. */
  periods: { id: string; label: string }[];
  rows: IncomingRowDto[];
  counts: Record<IncomingState, number>;
  now: string;
}
