// Reporting periods: ids, Vietnamese labels and data cut-off ranges (Nghị định 09/2019/NĐ-CP Điều 12).
import type { Catalog, DateRange, Period, PeriodKind, Unit, UnitGroup } from './types';
import { combinesQuarters, findGroup } from './catalog';
import { localDate } from './time';

const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS: Record<PeriodKind, number> = { month: 1, quarter: 3, half: 6, year: 12 };
/** Order when several periods end in the same month: the month's report, then the quarter's, … */
const KIND_ORDER: Record<PeriodKind, number> = { month: 0, quarter: 1, half: 2, year: 3 };
const MAX_INDEX: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 1, year: 1 };

const PERIOD_ID = /^(\d{4})-(?:M(0[1-9]|1[0-2])|Q([1-4])|(H1)|(Y))$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function periodIdOf(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'month': return `${year}-M${pad2(index)}`;
    case 'quarter': return `${year}-Q${index}`;
    case 'half': return `${year}-H${index}`;
    case 'year': return `${year}-Y`;
  }
}

/** Throws on an index the kind does not have (month 1..12, quarter 1..4, half 1, year 1). */
export function makePeriod(kind: PeriodKind, year: number, index: number): Period {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`Invalid period year: ${year}`);
  if (!Number.isInteger(index) || index < 1 || index > MAX_INDEX[kind]) {
    throw new Error(`Invalid ${kind} index: ${index}`);
  }
  return { id: periodIdOf(kind, year, index), kind, year, index };
}

/** Strict: `2024-M03`, `2024-Q1`, `2024-H1`, `2024-Y`; anything else is null. */
export function parsePeriodId(id: string): Period | null {
  const m = PERIOD_ID.exec(id);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1000) return null;
  if (m[2]) return makePeriod('month', year, Number(m[2]));
  if (m[3]) return makePeriod('quarter', year, Number(m[3]));
  if (m[4]) return makePeriod('half', year, 1);
  return makePeriod('year', year, 1);
}

export function periodKindLabel(kind: PeriodKind): string {
  switch (kind) {
    case 'month': return 'Tháng';
    case 'quarter': return 'Quý';
    case 'half': return '6 tháng';
    case 'year': return 'Năm';
  }
}

/** 'Tháng 3/2024', 'Quý I/2024', '6 tháng đầu năm 2024', 'Năm 2024'. */
export function periodLabel(p: Period): string {
  switch (p.kind) {
    case 'month': return `Tháng ${p.index}/${p.year}`;
    case 'quarter': return `Quý ${ROMAN[p.index - 1]}/${p.year}`;
    case 'half': return `6 tháng đầu năm ${p.year}`;
    case 'year': return `Năm ${p.year}`;
  }
}

/**
 * The label of a 6-month or year report that one quarterly submission covers:
 * 'Quý II và 6 tháng đầu năm 2024', 'Quý IV và năm 2024'; other periods keep their label.
 */
export function combinedPeriodLabel(p: Period): string {
  if (p.kind === 'half') return `Quý II và 6 tháng đầu năm ${p.year}`;
  if (p.kind === 'year') return `Quý IV và năm ${p.year}`;
  return periodLabel(p);
}

/** The 6-month (Q2) or year (Q4) period a quarter's report closes; null for Q1, Q3 and other kinds. */
export function periodClosedBy(p: Period): Period | null {
  if (p.kind !== 'quarter') return null;
  if (p.index === 2) return makePeriod('half', p.year, 1);
  if (p.index === 4) return makePeriod('year', p.year, 1);
  return null;
}

/**
 * The label a unit sees for a period its group files. Where the group's 6-month or year figures
 * are the quarters' sums (combinesQuarters: it owes the quarter, not the half or the year), its
 * Q2 report is 'Quý II và 6 tháng đầu năm 2024' and its Q4 one 'Quý IV và năm 2024'; a group
 * that files them separately keeps 'Quý II/2024'. For several groups (an admin's period list,
 * a status-sheet column) the combined label needs every one of them to combine.
 */
export function filedPeriodLabel(p: Period, groups: UnitGroup | readonly UnitGroup[]): string {
  const list: readonly UnitGroup[] = Array.isArray(groups) ? groups : [groups as UnitGroup];
  const whole = periodClosedBy(p);
  if (!whole || list.length === 0 || !list.every((g) => combinesQuarters(g, whole.kind))) return periodLabel(p);
  return combinedPeriodLabel(whole);
}

/** The period as one unit files it (its group's filedPeriodLabel); a unit of no known group keeps periodLabel. */
export function unitPeriodLabel(catalog: Catalog, unit: Pick<Unit, 'group'>, p: Period): string {
  const group = findGroup(catalog, unit.group);
  return group ? filedPeriodLabel(p, group) : periodLabel(p);
}

/** The quarter whose report closes a 6-month (Q2) or year (Q4) period; null for other kinds. */
export function closingQuarter(p: Period): Period | null {
  if (p.kind === 'half') return makePeriod('quarter', p.year, 2);
  if (p.kind === 'year') return makePeriod('quarter', p.year, 4);
  return null;
}

/** The same period one year earlier: 2024-H1 → 2023-H1, 2024-M03 → 2023-M03. */
export function samePeriodLastYear(p: Period): Period {
  return makePeriod(p.kind, p.year - 1, p.index);
}

export function monthsInPeriod(p: Period): number {
  return MONTHS[p.kind];
}

export function lastMonthOf(p: Period): { year: number; month: number } {
  const month = p.kind === 'month' ? p.index : p.kind === 'quarter' ? p.index * 3 : MONTHS[p.kind];
  return { year: p.year, month };
}

/**
 * Data cut-off: from the 15th of the month before the period's first month to the 14th of its
 * last month. Consecutive periods of one kind tile the timeline, so H1 = Q1 + Q2 and Y = Q1..Q4.
 */
export function cutoffRange(p: Period): DateRange {
  const last = lastMonthOf(p);
  // Month number of the month before the first one; 0 means December of the previous year.
  const before = last.month - monthsInPeriod(p);
  const from = before >= 1 ? localDate(p.year, before, 15) : localDate(p.year - 1, before + 12, 15);
  return { from, to: localDate(last.year, last.month, 14) };
}

function chronological(a: Period, b: Period): number {
  const la = lastMonthOf(a);
  const lb = lastMonthOf(b);
  return la.year - lb.year || la.month - lb.month || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** Sorts by the end of the period (month, then quarter, half, year when they end together). */
export function sortPeriods(periods: Period[]): Period[] {
  return [...periods].sort(chronological);
}

/** Every period of the given kinds in a year, in chronological order. */
export function periodsOfYear(year: number, kinds: PeriodKind[]): Period[] {
  const out: Period[] = [];
  for (const kind of new Set(kinds)) {
    for (let i = 1; i <= MAX_INDEX[kind]; i++) out.push(makePeriod(kind, year, i));
  }
  return sortPeriods(out);
}

/** The period of the same kind just before: 2024-M01 → 2023-M12, 2024-Q1 → 2023-Q4, 2024-H1 → 2023-H1. */
export function previousPeriod(p: Period): Period {
  if (p.index > 1) return makePeriod(p.kind, p.year, p.index - 1);
  return makePeriod(p.kind, p.year - 1, MAX_INDEX[p.kind]);
}

/** The quarters an H1 or annual report adds up (H1 → Q1, Q2; Y → Q1..Q4); none for other kinds. */
export function quartersOf(p: Period): Period[] {
  const count = p.kind === 'half' ? 2 : p.kind === 'year' ? 4 : 0;
  return Array.from({ length: count }, (_, i) => makePeriod('quarter', p.year, i + 1));
}
