// What the units that report to a receiving unit sent it for one period (by default the CCHC
// departments' monthly information to Trung tâm VH-TT): each sender's state against its
// deadline, and the figures, answers and note of its latest revision. Not part of the office's
// report (groupInReport leaves these groups out); this is the receiving unit's own view.
import type { IncomingFigureDto, IncomingReportsDto, IncomingRowDto, IncomingState } from '../contract/rpc';
import { baseDeadline, deadlineFor, openFrom } from './calendar';
import { groupOwes, groupsSendingTo, indicatorsFor, receiversOf } from './catalog';
import { unitPeriodStatus, type UnitPeriodStatus } from './lateness';
import { periodLabel, periodsOfYear, sortPeriods } from './periods';
import { formatNumber } from './report-format';
import { indexRevisions, latestOf, revisionsOf } from './summary-derive';
import { formatDateTimeVi, formatDateVi, localDateOf } from './time';
import type { CalendarConfig, Catalog, Indicator, Period, PeriodKind, SubmissionRecord, Unit, UnitGroup } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How many periods the picker offers (two years of months). */
export const INCOMING_PERIODS = 24;

export const INCOMING_LABELS: Record<IncomingState, string> = {
  on_time: 'Đúng hạn', late: 'Trễ hạn', missing: 'Chưa gửi', not_due: 'Chưa đến hạn',
};

export interface IncomingInput {
  catalog: Catalog;
  calendar: CalendarConfig;
  dueSoonDays: number;
  /** The receiving units the viewer may read (see receivingUnitsFor). */
  receivers: Unit[];
  period: Period;
  periods: Period[];
  records: SubmissionRecord[];
  now: Date;
}

/** Period kinds the groups sending to `receivers` owe. */
export function incomingKinds(catalog: Catalog, receivers: Unit[]): PeriodKind[] {
  const groups = groupsSendingTo(catalog, receivers.map((u) => u.code));
  return [...new Set(groups.flatMap((g) => g.periodKinds))];
}

/** Periods of those kinds already open (this year's and last year's), most recent first. */
export function incomingPeriods(catalog: Catalog, receivers: Unit[], now: Date): Period[] {
  const kinds = incomingKinds(catalog, receivers);
  const year = Number(localDateOf(now).slice(0, 4));
  const opened = [...periodsOfYear(year - 1, kinds), ...periodsOfYear(year, kinds)]
    .filter((p) => openFrom(p).getTime() <= now.getTime());
  return sortPeriods(opened).reverse().slice(0, INCOMING_PERIODS);
}

/** The latest period whose deadline has passed or falls within `dueSoonDays`; else the latest listed. */
export function defaultIncomingPeriod(periods: Period[], calendar: CalendarConfig, dueSoonDays: number, now: Date): Period | undefined {
  const horizon = now.getTime() + dueSoonDays * DAY_MS;
  return periods.find((p) => baseDeadline(p, calendar).getTime() <= horizon) ?? periods[0];
}

function stateOf(status: UnitPeriodStatus, now: Date): { state: IncomingState; detail: string } {
  switch (status.state) {
    case 'on_time': return { state: 'on_time', detail: '' };
    case 'late': return { state: 'late', detail: `trễ ${status.daysOverdue ?? 1} ngày` };
    case 'overdue': return { state: 'missing', detail: `quá hạn ${status.daysOverdue ?? 1} ngày` };
    default: {
      const left = status.daysLeft ?? Math.ceil((status.deadline.getTime() - now.getTime()) / DAY_MS);
      return { state: 'not_due', detail: left === 0 ? 'hạn hôm nay' : `còn ${left} ngày` };
    }
  }
}

function figureText(i: Indicator, value: SubmissionRecord['values'][string]): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return i.unitOfMeasure ? `${formatNumber(value)} ${i.unitOfMeasure}` : formatNumber(value);
  return value;
}

function rowFor(input: IncomingInput, unit: Unit, group: UnitGroup, mine: SubmissionRecord[]): IncomingRowDto {
  const { period, now } = input;
  const deadline = deadlineFor(period, input.calendar, unit.code);
  const status = unitPeriodStatus({ now, deadline, dueSoonDays: input.dueSoonDays, submissions: mine });
  const { state, detail } = stateOf(status, now);
  const last = latestOf(mine);
  const indicators = indicatorsFor(input.catalog, group.code, period.kind);
  const figures: IncomingFigureDto[] = indicators.filter((i) => i.type !== 'text').map((i) => {
    const value = last?.values[i.code] ?? null;
    return { code: i.code, label: i.label, type: i.type, value, ...(i.unitOfMeasure ? { unitOfMeasure: i.unitOfMeasure } : {}), text: figureText(i, value) };
  });
  const answers = indicators.filter((i) => i.type === 'text')
    .map((i) => ({ code: i.code, label: i.label, text: String(last?.values[i.code] ?? '').trim() }))
    .filter((a) => a.text !== '');
  return {
    unitCode: unit.code, unitName: unit.name, groupName: group.name,
    receivers: receiversOf(input.catalog, group).map((u) => u.name),
    state, stateLabel: INCOMING_LABELS[state], stateDetail: detail,
    deadline: deadline.toISOString(), deadlineText: formatDateVi(deadline),
    latest: last ? {
      revision: last.revision, submittedAt: last.submittedAt.toISOString(), submittedAtText: formatDateTimeVi(last.submittedAt),
      submittedBy: last.submittedBy, nothingToReport: last.nothingToReport, note: last.note, figures, answers,
    } : null,
  };
}

/** Every active unit that sends `period`'s information to one of the viewer's receiving units. */
export function buildIncoming(input: IncomingInput): IncomingReportsDto {
  const { catalog, period } = input;
  const groups = groupsSendingTo(catalog, input.receivers.map((u) => u.code)).filter((g) => groupOwes(g, period.kind));
  const index = indexRevisions(input.records);
  const rows = groups.flatMap((g) => catalog.units.filter((u) => u.active && u.group === g.code)
    .map((u) => rowFor(input, u, g, revisionsOf(index, u.code, period.id))));
  const counts: Record<IncomingState, number> = { on_time: 0, late: 0, missing: 0, not_due: 0 };
  for (const r of rows) counts[r.state]++;
  return {
    receivers: input.receivers.map((u) => ({ code: u.code, name: u.name })),
    period: { id: period.id, label: periodLabel(period) },
    periods: input.periods.map((p) => ({ id: p.id, label: periodLabel(p) })),
    rows,
    counts,
    now: input.now.toISOString(),
  };
}
