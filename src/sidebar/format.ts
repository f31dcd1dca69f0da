// Vietnamese wording of dates, deadlines and states, on top of the domain's rules (the same
// "Còn 3 ngày" / "Quá hạn 2 ngày" the server and the status sheet use).
import type { Timeliness, UnitPeriodState } from '../domain/types';
import { statusText, type UnitPeriodStatus } from '../domain/lateness';
import { formatDateTimeVi } from '../domain/time';

/** 'Còn 3 ngày', 'Hạn hôm nay', 'Quá hạn 2 ngày', 'Đã nộp đúng hạn', 'Đã nộp muộn'. */
export function periodStatusText(period: { status: UnitPeriodState; deadline: string }, now: Date): string {
  const status: UnitPeriodStatus = {
    state: period.status, deadline: new Date(period.deadline), firstSubmittedAt: null, latestRevision: null,
    latestSubmittedAt: null, revisedLate: false, daysLeft: null, daysOverdue: null,
  };
  return statusText(status, now);
}

export type Tone = 'ok' | 'warn' | 'bad' | 'neutral';

export function stateTone(state: UnitPeriodState): Tone {
  switch (state) {
    case 'on_time': return 'ok';
    case 'due_soon': case 'late': return 'warn';
    case 'overdue': return 'bad';
    case 'not_due': return 'neutral';
  }
}

export function timelinessText(t: Timeliness): string {
  return t === 'on_time' ? 'Đúng hạn' : 'Nộp muộn';
}

/** ISO instant → 'dd/MM/yyyy HH:mm' in Vietnam time; an unreadable value is shown as it came. */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : formatDateTimeVi(d);
}

/** 1000 → '1.000', without Intl (same grouping as the server's messages). */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}
