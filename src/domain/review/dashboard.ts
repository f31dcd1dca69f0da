// The office's review dashboard for one period: every unit due, its deadline and review state,
// each figure beside the previous period's and last year's, and the figures that look wrong.
import type { ReviewCell, ReviewDashboardDto, ReviewDetailDto, ReviewIndicatorDto, ReviewRowDto } from '../../contract/review';
import { deadlineFor } from '../calendar';
import { findGroup, indicatorsFor, indicatorsForKind, unitsOwing } from '../catalog';
import { unitPeriodStatus } from '../lateness';
import { periodLabel } from '../periods';
import type { CalendarConfig, Catalog, Indicator, Period, SubmissionRecord, Unit } from '../types';
import { earlierReports, latestOf, previousPeriod, revisionsIndex, revisionsOf, samePeriodLastYear } from './compare';
import { changedFields } from './diff';
import { outlierOf } from './outliers';
import { type ReviewEvent, eventsOf, indexEvents, reviewStatus } from './states';

export interface DashboardInput {
  catalog: Catalog;
  calendar: CalendarConfig;
  dueSoonDays: number;
  period: Period;
  periods: Period[];
  records: SubmissionRecord[];
  events: ReviewEvent[];
  now: Date;
}

const indicatorDto = (i: Indicator): ReviewIndicatorDto => ({
  code: i.code, label: i.label, type: i.type, ...(i.unitOfMeasure ? { unitOfMeasure: i.unitOfMeasure } : {}),
});

/** The figures of one report against its history (also used by the form's confirmation check). */
export function cellsFor(indicators: Indicator[], current: SubmissionRecord, previous: SubmissionRecord | null,
  lastYear: SubmissionRecord | null, earlier: SubmissionRecord[]): Record<string, ReviewCell> {
  const cells: Record<string, ReviewCell> = {};
  for (const ind of indicators) {
    const value = current.values[ind.code] ?? null;
    const found = current.nothingToReport ? null : outlierOf(value, earlier.map((r) => r.values[ind.code] ?? null), ind.plausibleMax);
    cells[ind.code] = {
      value,
      previous: previous?.values[ind.code] ?? null,
      lastYear: lastYear?.values[ind.code] ?? null,
      outlier: found ? { kind: found.kind, message: found.message } : null,
    };
  }
  return cells;
}

function rowFor(input: DashboardInput, unit: Unit, index: Map<string, SubmissionRecord[]>, events: Map<string, ReviewEvent[]>): ReviewRowDto {
  const { period, catalog } = input;
  const mine = revisionsOf(index, unit.code, period.id);
  const status = unitPeriodStatus({
    now: input.now, deadline: deadlineFor(period, input.calendar, unit.code), dueSoonDays: input.dueSoonDays, submissions: mine,
  });
  const group = findGroup(catalog, unit.group);
  const base = { unitCode: unit.code, unitName: unit.name, groupName: group?.name ?? unit.group, deadlineState: status.state };
  const latest = mine[mine.length - 1];
  if (!latest) return { ...base, review: null, cells: {}, outliers: 0 };
  const review = reviewStatus(eventsOf(events, unit.code, period.id), latest.revision);
  const indicators = indicatorsFor(catalog, unit.group, period.kind).filter((i) => i.type !== 'text');
  const cells = cellsFor(indicators, latest, latestOf(index, unit.code, previousPeriod(period).id),
    latestOf(index, unit.code, samePeriodLastYear(period).id), earlierReports(index, unit.code, period));
  return {
    ...base,
    review: {
      state: review.state, reason: review.reason, revision: latest.revision, submittedAt: latest.submittedAt.toISOString(),
      submittedBy: latest.submittedBy, timeliness: mine[0].timeliness, nothingToReport: latest.nothingToReport,
    },
    cells,
    outliers: Object.values(cells).filter((c) => c.outlier).length,
  };
}

export function buildDashboard(input: DashboardInput): ReviewDashboardDto {
  const { period, catalog } = input;
  const index = revisionsIndex(input.records);
  const events = indexEvents(input.events);
  const units = unitsOwing(catalog, period.kind);
  const groups = new Set(units.map((u) => u.group));
  const indicators = indicatorsForKind(catalog, period.kind).filter((i) => i.type !== 'text' && i.groups.some((g) => groups.has(g)));
  return {
    period: {
      id: period.id, label: periodLabel(period),
      previousLabel: periodLabel(previousPeriod(period)), lastYearLabel: periodLabel(samePeriodLastYear(period)),
    },
    periods: input.periods.map((p) => ({ id: p.id, label: periodLabel(p) })),
    indicators: indicators.map(indicatorDto),
    rows: units.map((u) => rowFor(input, u, index, events)),
    now: input.now.toISOString(),
  };
}

/** Every revision of one unit's report, side by side, each marked where it differs from the one before. */
export function buildDetail(catalog: Catalog, unit: Unit, period: Period, records: SubmissionRecord[], events: ReviewEvent[]): ReviewDetailDto {
  const mine = records.filter((r) => r.unitCode === unit.code && r.periodId === period.id).sort((a, b) => a.revision - b.revision);
  const indicators = indicatorsFor(catalog, unit.group, period.kind);
  const codes = indicators.map((i) => i.code);
  const own = events.filter((e) => e.unitCode === unit.code && e.periodId === period.id);
  const status = reviewStatus(own, mine.length ? mine[mine.length - 1].revision : 0);
  return {
    unit: { code: unit.code, name: unit.name },
    period: { id: period.id, label: periodLabel(period) },
    indicators: indicators.map(indicatorDto),
    revisions: mine.map((r, i) => ({
      revision: r.revision, submittedAt: r.submittedAt.toISOString(), submittedBy: r.submittedBy,
      values: r.values, note: r.note, nothingToReport: r.nothingToReport, changed: changedFields(mine[i - 1] ?? null, r, codes),
    })),
    events: own.map((e) => ({ at: e.at.toISOString(), by: e.by, revision: e.revision, state: e.state, reason: e.reason })),
    state: status.state,
    reason: status.reason,
  };
}
