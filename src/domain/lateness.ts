// Where a unit stands for one period: not yet due, due soon, submitted on time or late, or
// overdue (missing). Timeliness is judged on the FIRST submission: fixing a report after the
// deadline does not make an on-time unit late, it is only flagged as revised late.
import type { SubmissionRecord, Timeliness, UnitPeriodState } from './types';
import { daysBetween, localDateOf } from './time';

export interface UnitPeriodStatus {
  state: UnitPeriodState;
  deadline: Date;
  firstSubmittedAt: Date | null;
  latestRevision: number | null;
  latestSubmittedAt: Date | null;
  /** A revision after the first was stored after the deadline. */
  revisedLate: boolean;
  /** Whole Vietnamese calendar days from today to the deadline's date; only when not submitted and not past. */
  daysLeft: number | null;
  /** Calendar days past the deadline (at least 1): for 'overdue' up to now, for 'late' up to the first submission. */
  daysOverdue: number | null;
}

export interface UnitPeriodStatusInput {
  now: Date;
  deadline: Date;
  dueSoonDays: number;
  /** This unit's submissions for this period, any order. */
  submissions: SubmissionRecord[];
}

export function timelinessOf(submittedAt: Date, deadline: Date): Timeliness {
  return submittedAt.getTime() <= deadline.getTime() ? 'on_time' : 'late';
}

/** Calendar days from the deadline's date to `when`'s date, at least 1 (a deadline at 17:00 passed at 18:00 is 1 day). */
function daysPast(deadline: Date, when: Date): number {
  return Math.max(1, daysBetween(localDateOf(deadline), localDateOf(when)));
}

export function unitPeriodStatus(input: UnitPeriodStatusInput): UnitPeriodStatus {
  const { now, deadline, dueSoonDays } = input;
  const byTime = [...input.submissions].sort(
    (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.revision - b.revision);
  const first = byTime[0];
  if (!first) {
    const past = now.getTime() > deadline.getTime();
    const daysLeft = past ? null : daysBetween(localDateOf(now), localDateOf(deadline));
    return {
      state: past ? 'overdue' : daysLeft !== null && daysLeft <= dueSoonDays ? 'due_soon' : 'not_due',
      deadline, firstSubmittedAt: null, latestRevision: null, latestSubmittedAt: null, revisedLate: false,
      daysLeft, daysOverdue: past ? daysPast(deadline, now) : null,
    };
  }
  const latest = input.submissions.reduce((a, b) =>
    b.revision > a.revision || (b.revision === a.revision && b.submittedAt.getTime() > a.submittedAt.getTime()) ? b : a);
  const state = timelinessOf(first.submittedAt, deadline);
  return {
    state,
    deadline,
    firstSubmittedAt: first.submittedAt,
    latestRevision: latest.revision,
    latestSubmittedAt: latest.submittedAt,
    revisedLate: byTime.slice(1).some((s) => timelinessOf(s.submittedAt, deadline) === 'late'),
    daysLeft: null,
    daysOverdue: state === 'late' ? daysPast(deadline, first.submittedAt) : null,
  };
}

export function stateLabel(state: UnitPeriodState): string {
  switch (state) {
    case 'not_due': return 'Chưa đến hạn';
    case 'due_soon': return 'Sắp đến hạn';
    case 'on_time': return 'Đã nộp đúng hạn';
    case 'late': return 'Nộp muộn';
    case 'overdue': return 'Quá hạn, chưa nộp';
  }
}

/** The sidebar's short phrase at `now`: 'Còn 3 ngày', 'Hạn hôm nay', 'Quá hạn 2 ngày', 'Đã nộp đúng hạn', 'Đã nộp muộn'. */
export function statusText(status: UnitPeriodStatus, now: Date): string {
  if (status.state === 'on_time') return 'Đã nộp đúng hạn';
  if (status.state === 'late') return 'Đã nộp muộn';
  if (now.getTime() > status.deadline.getTime()) return `Quá hạn ${daysPast(status.deadline, now)} ngày`;
  const left = daysBetween(localDateOf(now), localDateOf(status.deadline));
  return left === 0 ? 'Hạn hôm nay' : `Còn ${left} ngày`;
}
