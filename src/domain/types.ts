// Shared domain types. Pure data: everything here can be read from / written to the
// configuration sheets, so no functions, no Apps Script types.

/** monthly, quarterly, 6-month (first half), annual. */
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'year'];

/** A reporting period. Ids: `2024-M03`, `2024-Q1`, `2024-H1`, `2024-Y`. */
export interface Period {
  id: string;
  kind: PeriodKind;
  year: number;
  /** month 1..12, quarter 1..4, half 1, year 1 */
  index: number;
}

/** A calendar date in Asia/Ho_Chi_Minh, `YYYY-MM-DD`. */
export type LocalDate = string;

export interface DateRange {
  from: LocalDate;
  to: LocalDate;
}

export interface UnitGroup {
  code: string;
  name: string;
  /** Which report kinds units of this group owe. */
  periodKinds: PeriodKind[];
  order: number;
  /**
   * Whom the group's reports go to when it is not the office that issues the summary report
   * (e.g. the CCHC departments' monthly information goes to Trung tâm VH-TT). Such groups are
   * tracked for timeliness but left out of the office's report. Empty or absent: the office.
   */
  reportsTo?: string;
}

export interface Unit {
  code: string;
  name: string;
  group: string;
  /** Accounts allowed to submit for the unit (lower-case). */
  emails: string[];
  active: boolean;
}

export type IndicatorType = 'count' | 'boolean' | 'text';

export interface Indicator {
  code: string;
  label: string;
  type: IndicatorType;
  unitOfMeasure?: string;
  /** Group codes this indicator applies to. */
  groups: string[];
  periodKinds: PeriodKind[];
  required: boolean;
  /** Target per month (e.g. 1 programme a month); the period target is this × months in the period. */
  targetPerMonth?: number;
  min?: number;
  max?: number;
  /** For text indicators. */
  maxLength?: number;
  order: number;
  /** Text indicators the report quotes in a section of its own (units' qualitative answers). */
  section?: AnswerSection;
  /** Above this a figure is accepted only once the unit confirms it (column "Mức hợp lý tối đa"). */
  plausibleMax?: number;
}

/** kết quả nổi bật (II), tồn tại, hạn chế (III), đề xuất, kiến nghị (V). */
export type AnswerSection = 'highlights' | 'issues' | 'proposals';
export const ANSWER_SECTIONS: readonly AnswerSection[] = ['highlights', 'issues', 'proposals'];

export interface Catalog {
  groups: UnitGroup[];
  units: Unit[];
  indicators: Indicator[];
}

/** Deadline = `time` on `day` of the period's last month shifted by `monthOffset`, then moved past non-working days. */
export interface DeadlineRule {
  day: number;
  monthOffset: number;
  /** `HH:mm:ss`, Asia/Ho_Chi_Minh */
  time: string;
}

export interface DeadlineOverride {
  periodId: string;
  deadline: LocalDate;
}

export interface Extension {
  unitCode: string;
  periodId: string;
  deadline: LocalDate;
  reason?: string;
}

export interface CalendarConfig {
  rules: Record<PeriodKind, DeadlineRule>;
  overrides: DeadlineOverride[];
  holidays: LocalDate[];
  /** Make-up working days that fall on a weekend. */
  workingWeekends?: LocalDate[];
  extensions: Extension[];
  /** A period stays open for (late) submission this many days after its deadline. */
  lateWindowDays: number;
}

export interface Settings {
  admins: string[];
  parentBody: string;
  issuingBody: string;
  /** Short code used in the report number and storage, e.g. "VHTT". */
  issuingBodyShort: string;
  place: string;
  reportNumberPrefix: string;
  signerTitle: string[];
  signerName: string;
  recipients: string[];
  /** The body the report goes to, addressed in section V (e.g. 'UBND huyện'). */
  reportTo: string;
  /** The area the office aggregates, as in 'Tổng cộng toàn huyện': 'huyện', 'tỉnh'; empty: 'Tổng cộng'. */
  areaName: string;
  /** Section I (công tác chỉ đạo, triển khai): one paragraph a line, naming the plan and the dispatch. */
  directionText: string[];
  /** Section IV (phương hướng, nhiệm vụ kỳ tới): one task a line. */
  nextTasks: string[];
  driveFolderId: string;
  dueSoonDays: number;
  reminderEveryDays: number;
  triggerHour: number;
}

export type IndicatorValue = number | string | boolean | null;

/** One stored revision of a unit's report for a period (a data-sheet row). */
export interface SubmissionRecord {
  id: string;
  requestId: string;
  unitCode: string;
  periodId: string;
  revision: number;
  submittedAt: Date;
  submittedBy: string;
  timeliness: Timeliness;
  values: Record<string, IndicatorValue>;
  note: string;
  nothingToReport: boolean;
  evidenceUrl: string;
}

/** How a stored submission stands against its deadline. */
export type Timeliness = 'on_time' | 'late';

/** A unit's state for one period at a given moment. */
export type UnitPeriodState = 'not_due' | 'due_soon' | 'on_time' | 'late' | 'overdue';

export interface FieldError {
  field: string;
  message: string;
}
