// Where every unit stands for every period at one moment: the status sheet's content, the daily
// check's result and the reminders' input. Everything is recomputed from the configuration and
// the stored submissions, so a missed or failed run is caught up by the next one.
import type { CalendarConfig, Catalog, Extension, Period, PeriodKind, SubmissionRecord, Unit, UnitGroup } from './types';
import { baseDeadline, closesAt, deadlineFor, extensionFor, openFrom } from './calendar';
import { type UnitPeriodStatus, unitPeriodStatus } from './lateness';
import { filedPeriodLabel, periodsOfYear } from './periods';
import { localDateOf } from './time';

export interface BoardEntry {
  unit: Unit;
  period: Period;
  /** The period as this unit files it ('Quý II và 6 tháng đầu năm 2024' where its group combines). */
  label: string;
  status: UnitPeriodStatus;
  /** The extension that moved this unit's deadline, if any. */
  extension?: Extension;
  /**
   * The period is open to this unit (or due soon) and not yet closed to late submissions: only
   * these entries are listed by the check and reminded.
   */
  inPlay: boolean;
}

export interface StatusBoard {
  now: Date;
  /** Columns: this year's periods plus last year's still in play, chronological. */
  periods: Period[];
  /** Per column, the period as the units owing it file it (see filedPeriodLabel). */
  labels: string[];
  /** The deadline for every unit (before extensions), per column. */
  deadlines: Date[];
  /** Rows: active units owing at least one column, by group order then catalog order. */
  units: Unit[];
  /** entries[row][column]; null where the unit's group does not owe that period's kind. */
  entries: (BoardEntry | null)[][];
}

export interface BoardInput {
  catalog: Catalog;
  calendar: CalendarConfig;
  dueSoonDays: number;
  records: SubmissionRecord[];
  now: Date;
}

/** The check's answer for one period: unit codes by state (units not yet due are not listed). */
export interface PeriodCheck {
  periodId: string;
  /** As the units file it: 'Quý II và 6 tháng đầu năm 2024'. */
  label: string;
  dueSoon: string[];
  late: string[];
  missing: string[];
  onTime: string[];
}

function owingUnits(catalog: Catalog): { unit: Unit; group: UnitGroup; kinds: PeriodKind[] }[] {
  const groups = [...catalog.groups].sort((a, b) => a.order - b.order);
  return groups.flatMap((g) => catalog.units
    .filter((u) => u.active && u.group === g.code && g.periodKinds.length > 0)
    .map((unit) => ({ unit, group: g, kinds: g.periodKinds })));
}

function recordsByKey(records: SubmissionRecord[]): Map<string, SubmissionRecord[]> {
  const map = new Map<string, SubmissionRecord[]>();
  for (const r of records) {
    const key = `${r.unitCode}|${r.periodId}`;
    const list = map.get(key);
    if (list) list.push(r); else map.set(key, [r]);
  }
  return map;
}

export function statusBoard(input: BoardInput): StatusBoard {
  const { catalog, calendar, dueSoonDays, now } = input;
  const rows = owingUnits(catalog);
  const kinds = [...new Set(rows.flatMap((r) => r.kinds))];
  const year = Number(localDateOf(now).slice(0, 4));
  const byKey = recordsByKey(input.records);
  const t = now.getTime();

  const entryFor = (unit: Unit, group: UnitGroup, period: Period): BoardEntry => {
    const deadline = deadlineFor(period, calendar, unit.code);
    const status = unitPeriodStatus({ now, deadline, dueSoonDays, submissions: byKey.get(`${unit.code}|${period.id}`) ?? [] });
    const ext = extensionFor(calendar, unit.code, period.id);
    const extended = ext !== undefined && deadline.getTime() > baseDeadline(period, calendar).getTime();
    const inPlay = t <= closesAt(period, calendar, unit.code).getTime()
      && (t >= openFrom(period).getTime() || status.state === 'due_soon');
    return { unit, period, label: filedPeriodLabel(period, group), status, inPlay, ...(extended ? { extension: ext } : {}) };
  };

  const columns: { period: Period; label: string; cells: (BoardEntry | null)[] }[] = [];
  for (const period of [...periodsOfYear(year - 1, kinds), ...periodsOfYear(year, kinds)]) {
    const owing = rows.filter((r) => r.kinds.includes(period.kind));
    const cells = rows.map(({ unit, group, kinds: owed }) => (owed.includes(period.kind) ? entryFor(unit, group, period) : null));
    const label = filedPeriodLabel(period, [...new Set(owing.map((r) => r.group))]);
    // Last year's periods stay on the board only while someone can still (late-)submit them.
    if (period.year === year || cells.some((c) => c?.inPlay)) columns.push({ period, label, cells });
  }
  const used = rows.map((_, i) => columns.some((c) => c.cells[i] !== null));
  return {
    now,
    periods: columns.map((c) => c.period),
    labels: columns.map((c) => c.label),
    deadlines: columns.map((c) => baseDeadline(c.period, calendar)),
    units: rows.filter((_, i) => used[i]).map((r) => r.unit),
    entries: rows.map((_, i) => i).filter((i) => used[i]).map((i) => columns.map((c) => c.cells[i])),
  };
}

/** Every in-play entry, row by row. */
export function inPlayEntries(board: StatusBoard): BoardEntry[] {
  return board.entries.flatMap((row) => row.filter((e): e is BoardEntry => e !== null && e.inPlay));
}

/** Periods with at least one unit in play, with the units listed by state. */
export function checkSummary(board: StatusBoard): PeriodCheck[] {
  const out: PeriodCheck[] = [];
  board.periods.forEach((period, col) => {
    const entries = board.entries.map((row) => row[col]).filter((e): e is BoardEntry => e !== null && e.inPlay);
    if (entries.length === 0) return;
    const codes = (state: string): string[] => entries.filter((e) => e.status.state === state).map((e) => e.unit.code);
    out.push({ periodId: period.id, label: board.labels[col], dueSoon: codes('due_soon'), late: codes('late'), missing: codes('overdue'), onTime: codes('on_time') });
  });
  return out;
}
