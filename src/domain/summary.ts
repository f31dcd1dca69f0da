// The summary of one period: a row per unit owing it (latest revision), group subtotals,
// district totals, timeliness counts, targets and, for H1 and the year, totals derived from
// the quarters. A unit that has not reported is never counted as zeros.
import type { CalendarConfig, Catalog, Indicator, Period, SubmissionRecord, Unit, UnitGroup, UnitPeriodState } from './types';
import type {
  AnswerIndicator, SummaryCounts, SummaryGroup, SummaryModel, SummaryRow, SummaryRowStatus, TargetCheck,
} from './summary-types';
import { closingQuarter, combinedPeriodLabel, monthsInPeriod, periodLabel, quartersOf } from './periods';
import { deadlineFor } from './calendar';
import { unitPeriodStatus } from './lateness';
import { combinesQuarters, groupInReport, indicatorsFor, periodTarget } from './catalog';
import {
  answersOf, countValue, derivedValues, indexRevisions, latestOf, revisionsOf, type RevisionIndex,
} from './summary-derive';

export interface SummaryInput {
  catalog: Catalog;
  calendar: CalendarConfig;
  period: Period;
  now: Date;
  dueSoonDays: number;
  /** Everything stored, any unit and period: the builder picks what it needs (up to `now`). */
  submissions: SubmissionRecord[];
}

type Mismatch = NonNullable<SummaryModel['derived']>['mismatches'][number];

const byOrder = <T extends { order: number }>(a: T, b: T): number => a.order - b.order;

function isCount(ind: Indicator): boolean {
  return ind.type === 'count';
}

/** Lateness states collapse into what the summary shows: 'overdue' with nothing sent is 'missing'. */
function rowStatus(state: UnitPeriodState, submitted: boolean): SummaryRowStatus {
  if (state === 'on_time' || state === 'late') return state;
  if (state === 'overdue') return 'missing';
  return submitted ? 'on_time' : 'not_due';
}

function buildRow(
  input: SummaryInput,
  index: RevisionIndex,
  unit: Unit,
  codes: string[],
  applicable: Indicator[],
  answerCodes: string[],
  combined: boolean,
): SummaryRow {
  if (combined) return combinedRow(input, index, unit, codes, applicable, answerCodes);
  const { period, calendar, now, dueSoonDays } = input;
  const revisions = revisionsOf(index, unit.code, period.id);
  const latest = latestOf(revisions);
  const deadline = deadlineFor(period, calendar, unit.code);
  const st = unitPeriodStatus({ now, deadline, dueSoonDays, submissions: revisions });
  const status = rowStatus(st.state, latest !== null);
  const values: Record<string, number | null> = {};
  for (const code of codes) values[code] = null;
  if (latest) for (const ind of applicable) values[ind.code] = countValue(latest, ind.code);
  const derived = derivedValues(index, unit.code, period, applicable);
  const fullDerived = derived === null ? null : { ...Object.fromEntries(codes.map((c) => [c, null])), ...derived };
  const mismatches = derived === null ? [] : applicable
    .map((ind) => ind.code)
    .filter((c) => values[c] !== null && derived[c] !== null && values[c] !== derived[c]);
  return {
    ...rowBase(unit, status, st, latest, answerCodes),
    values,
    derived: fullDerived,
    mismatches,
    note: latest ? latest.note : '',
  };
}

/** What every row says of its unit and its report that counts, whatever the period's kind. */
function rowBase(
  unit: Unit, status: SummaryRow['status'], st: ReturnType<typeof unitPeriodStatus>, latest: SubmissionRecord | null, answerCodes: string[],
) {
  return {
    unitCode: unit.code,
    unitName: unit.name,
    groupCode: unit.group,
    status,
    // The first submission decides timeliness, so that is the time shown.
    submittedAt: st.firstSubmittedAt,
    revision: latest ? latest.revision : null,
    revisedLate: st.revisedLate,
    nothingToReport: latest ? latest.nothingToReport : false,
    answers: answersOf(latest, answerCodes),
  };
}

/**
 * A unit that files one report a quarter, in a 6-month or year summary: timeliness is its closing
 * quarter's (the June or December submission), figures are its quarters added up, and unknown
 * ("thiếu số liệu") while any quarter is missing: never a partial sum.
 */
function combinedRow(
  input: SummaryInput, index: RevisionIndex, unit: Unit, codes: string[], applicable: Indicator[], answerCodes: string[],
): SummaryRow {
  const { period, calendar, now, dueSoonDays } = input;
  const closing = closingQuarter(period) as Period;
  const revisions = revisionsOf(index, unit.code, closing.id);
  const latest = latestOf(revisions);
  const st = unitPeriodStatus({ now, deadline: deadlineFor(closing, calendar, unit.code), dueSoonDays, submissions: revisions });
  const status = rowStatus(st.state, latest !== null);
  const missingQuarters = quartersOf(period).filter((q) => latestOf(revisionsOf(index, unit.code, q.id)) === null).map((q) => q.id);
  const sums = derivedValues(index, unit.code, period, applicable.map((i) => ({ ...i, periodKinds: ['quarter'] }))) ?? {};
  const values: Record<string, number | null> = {};
  for (const code of codes) values[code] = null;
  if (latest && missingQuarters.length === 0) for (const ind of applicable) values[ind.code] = sums[ind.code] ?? null;
  const notes = quartersOf(period).map((q) => latestOf(revisionsOf(index, unit.code, q.id))?.note.trim() ?? '').filter((n) => n !== '');
  return {
    ...rowBase(unit, status, st, latest, answerCodes),
    values,
    derived: null,
    mismatches: [],
    note: notes.join('; '),
    combined: true,
    missingQuarters,
  };
}

function targetChecks(rows: SummaryRow[], perUnit: Map<string, Indicator[]>, period: Period): TargetCheck[] {
  const out: TargetCheck[] = [];
  for (const row of rows) {
    if (row.status === 'not_due') continue;
    for (const ind of perUnit.get(row.unitCode) ?? []) {
      const target = ind.targetPerMonth ? periodTarget(ind, monthsInPeriod(period)) : null;
      if (target == null) continue;
      const actual = row.status === 'missing' ? null : row.values[ind.code];
      out.push({ unitCode: row.unitCode, indicatorCode: ind.code, target, actual, met: actual != null && actual >= target });
    }
  }
  return out;
}

function countRows(rows: SummaryRow[]): SummaryCounts {
  const n = (s: SummaryRowStatus): number => rows.filter((r) => r.status === s).length;
  const onTime = n('on_time');
  const late = n('late');
  return {
    owed: rows.length,
    submitted: onTime + late,
    onTime,
    late,
    missing: n('missing'),
    notDue: n('not_due'),
    nothingToReport: rows.filter((r) => (r.status === 'on_time' || r.status === 'late') && r.nothingToReport).length,
  };
}

/** Indicators a group's units fill in for this summary: their quarterly form when the period adds quarters up. */
function formOf(catalog: Catalog, group: UnitGroup, period: Period): Indicator[] {
  return indicatorsFor(catalog, group.code, combinesQuarters(group, period.kind) ? 'quarter' : period.kind);
}

function answerIndicator(i: Indicator): AnswerIndicator {
  return { code: i.code, label: i.label, type: i.type === 'boolean' ? 'boolean' : 'text', ...(i.section ? { section: i.section } : {}) };
}

/**
 * The period as the office's report names it: 'Quý II và 6 tháng đầu năm 2024' for 2024-H1 when a
 * group in the report (with active units) adds its quarters up to it, else periodLabel. The
 * summary dialog's picker uses it too, so the admin picks the report by the name it will carry.
 */
export function reportPeriodLabel(catalog: Catalog, period: Period): string {
  const combined = catalog.groups.some((g) => groupInReport(g, period.kind) && combinesQuarters(g, period.kind)
    && catalog.units.some((u) => u.active && u.group === g.code));
  return combined ? combinedPeriodLabel(period) : periodLabel(period);
}

export function buildSummary(input: SummaryInput): SummaryModel {
  const { catalog, period } = input;
  // Only groups that report to the office for this period; the CCHC departments' monthly
  // information for TT VH-TT, and groups with no duty, are never in it (never "chưa nộp").
  const included = [...catalog.groups].sort(byOrder).filter((g) => groupInReport(g, period.kind));
  const forms = new Map(included.map((g) => [g.code, formOf(catalog, g, period)]));
  const used = new Set([...forms.values()].flat().map((i) => i.code));
  const ordered = catalog.indicators.filter((i) => used.has(i.code)).sort(byOrder);
  const indicators = ordered.filter(isCount);
  const answerIndicators = ordered.filter((i) => !isCount(i)).map(answerIndicator);
  const codes = indicators.map((i) => i.code);
  // A snapshot as of `now`: anything stamped later (a simulated clock, a replay) is not in yet.
  const index = indexRevisions(input.submissions.filter((x) => x.submittedAt.getTime() <= input.now.getTime()));
  const perUnit = new Map<string, Indicator[]>();
  const groups: SummaryGroup[] = [];
  const totals: Record<string, number> = {};
  for (const group of included) {
    const units = catalog.units.filter((u) => u.active && u.group === group.code);
    if (units.length === 0) continue;
    const form = forms.get(group.code) ?? [];
    const applicable = form.filter(isCount);
    const answerCodes = form.filter((i) => !isCount(i)).map((i) => i.code);
    const combined = combinesQuarters(group, period.kind);
    const subtotal: Record<string, number> = {};
    let reporters = 0;
    const rows = units.map((unit) => {
      perUnit.set(unit.code, applicable);
      const row = buildRow(input, index, unit, codes, applicable, answerCodes, combined);
      const counted = (row.status === 'on_time' || row.status === 'late') && !(row.missingQuarters?.length);
      if (counted) {
        reporters += 1;
        addKnown(subtotal, row.values);
        addKnown(totals, row.values);
      }
      return row;
    });
    groups.push({ code: group.code, name: group.name, rows, subtotal, reporters, ...(combined ? { combined } : {}) });
  }
  const rows = groups.flatMap((g) => g.rows);
  const counts = countRows(rows);
  const due = counts.onTime + counts.late + counts.missing;
  const codesOf = (s: SummaryRowStatus): string[] => rows.filter((r) => r.status === s).map((r) => r.unitCode);
  return {
    period,
    periodLabel: reportPeriodLabel(catalog, period),
    generatedAt: input.now,
    indicators: indicators.map((i) => ({ code: i.code, label: i.label, ...(i.unitOfMeasure ? { unitOfMeasure: i.unitOfMeasure } : {}) })),
    groups,
    totals,
    answerIndicators,
    combined: groups.some((g) => g.combined),
    incomplete: rows.filter((r) => (r.status === 'on_time' || r.status === 'late') && r.missingQuarters?.length).map((r) => r.unitCode),
    counts,
    onTimeRate: due === 0 ? null : counts.onTime / due,
    onTime: codesOf('on_time'),
    late: codesOf('late'),
    missing: codesOf('missing'),
    targets: targetChecks(rows, perUnit, period),
    derived: derivedSummary(rows.filter((r) => !r.combined), codes),
  };
}

/** Adds a row's known values; an indicator appears in the total only once someone reported it. */
function addKnown(total: Record<string, number>, values: Record<string, number | null>): void {
  for (const [code, v] of Object.entries(values)) if (v !== null) total[code] = (total[code] ?? 0) + v;
}

/**
 * Totals of what the quarters add up to, over the units whose quarters are all in (whether or
 * not their own H1/year report is), and every disagreement. An indicator no unit has complete
 * quarters for has no derived total at all rather than a misleading 0.
 */
function derivedSummary(rows: SummaryRow[], codes: string[]): SummaryModel['derived'] {
  if (rows.length === 0 || rows.every((r) => r.derived === null)) return null;
  const totals: Record<string, number> = {};
  const mismatches: Mismatch[] = [];
  for (const row of rows) {
    if (!row.derived) continue;
    for (const code of codes) {
      const v = row.derived[code];
      if (v !== null && v !== undefined) totals[code] = (totals[code] ?? 0) + v;
    }
    for (const code of row.mismatches) {
      mismatches.push({ unitCode: row.unitCode, indicatorCode: code, submitted: row.values[code] as number, derived: row.derived[code] as number });
    }
  }
  return { totals, mismatches };
}
