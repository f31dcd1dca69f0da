// getSidebarData and getForm: what the form opens with, in one round trip each.
import type { FormData, LatestDto, PeriodDto, RevisionDto, SidebarData } from '../../contract/rpc';
import { deadlineFor, openPeriods } from '../../domain/calendar';
import { findGroup, periodTarget, receivingUnitsFor, unitsForUser } from '../../domain/catalog';
import { type UnitPeriodStatus, unitPeriodStatus } from '../../domain/lateness';
import { cutoffRange, filedPeriodLabel, monthsInPeriod } from '../../domain/periods';
import type { Period, SubmissionRecord, Unit, UnitGroup, UnitPeriodState } from '../../domain/types';
import { UserError, officeName, requireUser } from '../auth';
import type { Env } from '../env';
import { type AppConfig, loadConfig } from '../config/load-config';
import { readDataSheet } from '../storage/submissions';
import { resolveTarget } from './resolve';
import { runningTotals } from '../../domain/running-totals';
import { reviewForForm } from '../review/form-review';
import { changeLabels } from '../../domain/review/diff';
import { formChecks } from '../review/form-checks';

/** Which state matters most when one period covers several units (an admin's view). */
const URGENCY: UnitPeriodState[] = ['overdue', 'due_soon', 'not_due', 'late', 'on_time'];

function statusOf(config: AppConfig, unit: Unit, period: Period, now: Date, records: SubmissionRecord[]): UnitPeriodStatus {
  return unitPeriodStatus({
    now,
    deadline: deadlineFor(period, config.calendar, unit.code),
    dueSoonDays: config.settings.dueSoonDays,
    submissions: records.filter((r) => r.unitCode === unit.code && r.periodId === period.id),
  });
}

export function getSidebarData(env: Env): SidebarData {
  const config = loadConfig(env);
  const user = requireUser(env, config.settings);
  const now = env.now();
  const units = unitsForUser(config.catalog, user.email, user.isAdmin);
  const owed = new Map<string, { period: Period; units: Unit[]; groups: Set<UnitGroup> }>();
  for (const unit of units) {
    const group = findGroup(config.catalog, unit.group);
    if (!group) continue;
    for (const period of openPeriods(group.periodKinds, now, config.calendar, unit.code)) {
      const entry = owed.get(period.id) ?? { period, units: [], groups: new Set<UnitGroup>() };
      entry.units.push(unit);
      entry.groups.add(group);
      owed.set(period.id, entry);
    }
  }
  const records = owed.size ? readDataSheet(env).records : [];
  const periods: PeriodDto[] = [...owed.values()].map(({ period, units: who, groups }) => {
    const statuses = who.map((u) => statusOf(config, u, period, now, records));
    const worst = statuses.reduce((a, b) => (URGENCY.indexOf(b.state) < URGENCY.indexOf(a.state) ? b : a));
    const deadline = who.length === 1 ? statuses[0].deadline : deadlineFor(period, config.calendar);
    return { id: period.id, kind: period.kind, label: filedPeriodLabel(period, [...groups]), deadline: deadline.toISOString(), status: worst.state };
  });
  periods.sort((a, b) => a.deadline.localeCompare(b.deadline));
  const office = officeName(config.settings);
  return {
    user,
    units: units.map((u) => ({ code: u.code, name: u.name, group: u.group })),
    periods,
    now: now.toISOString(),
    receives: receivingUnitsFor(config.catalog, user.email, user.isAdmin).length > 0,
    ...(office ? { office } : {}),
  };
}

const revisionDto = (r: SubmissionRecord): RevisionDto => ({
  revision: r.revision, submittedAt: r.submittedAt.toISOString(), submittedBy: r.submittedBy, timeliness: r.timeliness,
});

export function getForm(env: Env, unitCode: unknown, periodId: unknown): FormData {
  const config = loadConfig(env);
  const user = requireUser(env, config.settings);
  const now = env.now();
  const resolved = resolveTarget(config, user, unitCode, periodId, now);
  if (!resolved.ok) throw new UserError(resolved.errors.map((e) => e.message).join(' '));
  const { unit, period, indicators } = resolved.target;
  const group = findGroup(config.catalog, unit.group);
  const records = readDataSheet(env).records;
  const mine = records
    .filter((r) => r.unitCode === unit.code && r.periodId === period.id)
    .sort((a, b) => a.revision - b.revision);
  const status = statusOf(config, unit, period, now, mine);
  const last = mine[mine.length - 1];
  const latest: LatestDto | null = last
    ? { ...revisionDto(last), timeliness: mine[0].timeliness, values: last.values, note: last.note, nothingToReport: last.nothingToReport, evidenceUrl: last.evidenceUrl }
    : null;
  const months = monthsInPeriod(period);
  return {
    unit: { code: unit.code, name: unit.name, group: unit.group },
    period: {
      id: period.id, kind: period.kind, label: filedPeriodLabel(period, group ?? []), deadline: status.deadline.toISOString(),
      status: status.state, cutoff: cutoffRange(period),
    },
    indicators: indicators.map((i) => {
      const target = periodTarget(i, months);
      return {
        code: i.code, label: i.label, type: i.type, required: i.required,
        ...(i.min !== undefined ? { min: i.min } : {}), ...(i.max !== undefined ? { max: i.max } : {}),
        ...(i.maxLength !== undefined ? { maxLength: i.maxLength } : {}),
        ...(i.unitOfMeasure ? { unitOfMeasure: i.unitOfMeasure } : {}), ...(target !== undefined ? { target } : {}),
      };
    }),
    latest,
    history: mine.map((r, i) => ({ ...revisionDto(r), changes: changeLabels(indicators, mine[i - 1] ?? null, r), nothingToReport: r.nothingToReport })).reverse(),
    running: group ? runningTotals(config.catalog, group, unit.code, period, records.filter((r) => r.submittedAt.getTime() <= now.getTime())) : null,
    review: reviewForForm(env, unit.code, period.id, last ? last.revision : null),
    checks: formChecks(env, user.email, indicators, records, unit.code, period),
  };
}
