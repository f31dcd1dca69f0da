// A workbook at district or province scale: the default catalog topped up with extra communes to
// `units` units, and a year (2024) of reports already in the data sheet: every unit, every
// period it owes, sent two days before the deadline (one in nine late), written as the server
// writes rows. The clock stands at 20/12/2024 09:00, after the annual deadline.
import { DEFAULT_CALENDAR } from '../../domain/calendar-defaults';
import { deadlineFor } from '../../domain/calendar';
import { indicatorsFor } from '../../domain/catalog';
import { DEFAULT_CATALOG } from '../../domain/defaults';
import { timelinessOf } from '../../domain/lateness';
import { periodsOfYear } from '../../domain/periods';
import type { Catalog, SubmissionRecord, Unit } from '../../domain/types';
import { recordRow } from '../../server/storage/submissions';
import { CHAIN_PROPERTY_KEYS } from '../../server/integrity/chain';
import { SHEETS, UNIT_COLUMNS } from '../../server/sheets/names';
import { LocalWorkbook } from '../workbook/local-workbook';
import { unitEmail } from '../workbook/people';

export const BENCH_NOW = new Date('2024-12-20T09:00:00+07:00');
const DAY = 86400_000;

export interface BenchWorld {
  wb: LocalWorkbook;
  catalog: Catalog;
  records: number;
}

function extraUnits(count: number): Unit[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => {
    const n = String(i + 1).padStart(3, '0');
    return { code: `XA_TN_${n}`, name: `Xã Thử nghiệm ${n}`, group: 'XA', emails: [unitEmail(`XA_TN_${n}`)], active: true };
  });
}

function yearOfRecords(catalog: Catalog): SubmissionRecord[] {
  const out: SubmissionRecord[] = [];
  catalog.units.forEach((unit, u) => {
    const group = catalog.groups.find((g) => g.code === unit.group);
    if (!group) return;
    for (const period of periodsOfYear(2024, group.periodKinds)) {
      const deadline = deadlineFor(period, DEFAULT_CALENDAR, unit.code);
      const submittedAt = new Date(deadline.getTime() + (u % 9 === 4 ? 2 * DAY : -2 * DAY));
      const values = Object.fromEntries(indicatorsFor(catalog, unit.group, period.kind).map((ind, i) => [
        ind.code, ind.type === 'count' ? (u * 7 + i * 3) % 23 : ind.type === 'boolean' ? true : 'Pa nô, áp phích'] as const));
      out.push({
        id: `bench-${unit.code}-${period.id}`, requestId: `${u}${period.id}`.replace(/\W/g, '').padEnd(32, '0').slice(0, 32),
        unitCode: unit.code, periodId: period.id, revision: 1, submittedAt, submittedBy: unitEmail(unit.code),
        timeliness: timelinessOf(submittedAt, deadline), values, note: '', nothingToReport: false, evidenceUrl: '',
      });
    }
  });
  return out;
}

/** `rows` rows of history: the year's records copied into earlier years (ids and request ids kept unique). */
function olderYears(records: SubmissionRecord[], rows: number): SubmissionRecord[] {
  const out: SubmissionRecord[] = [];
  for (let k = 1; out.length < rows; k++) {
    for (const r of records) {
      if (out.length >= rows) break;
      const at = new Date(r.submittedAt);
      at.setUTCFullYear(at.getUTCFullYear() - k);
      out.push({ ...r, id: `${r.id}-y${k}`, requestId: `${k}x${r.requestId}`.slice(0, 32), periodId: r.periodId.replace(/^2024/, String(2024 - k)), submittedAt: at });
    }
  }
  return out;
}

/** `dataRows`, when larger than a year of records, tops the data sheet up with earlier years. */
export function buildBenchWorld(units: number, dataRows = 0): BenchWorld {
  const wb = new LocalWorkbook({ now: new Date('2024-01-02T08:00:00+07:00'), pdf: 'stand-in' });
  wb.install();
  const ss = wb.services.spreadsheet;
  const added = extraUnits(units - DEFAULT_CATALOG.units.length);
  const header = ss.values(SHEETS.units)[0].map(String);
  ss.seed(SHEETS.units, added.map((u) => header.map((h) => (
    h === UNIT_COLUMNS.code ? u.code : h === UNIT_COLUMNS.name ? u.name : h === UNIT_COLUMNS.group ? u.group
      : h === UNIT_COLUMNS.emails ? u.emails[0] : h === UNIT_COLUMNS.active ? 'Có' : ''))));
  const catalog: Catalog = { ...DEFAULT_CATALOG, units: [...DEFAULT_CATALOG.units, ...added] };
  const year = yearOfRecords(catalog);
  const records = [...olderYears(year, dataRows - year.length), ...year];
  const dataHeader = ss.values(SHEETS.data)[0].map(String);
  ss.seed(SHEETS.data, records.map((r) => recordRow(dataHeader, r)));
  wb.services.clock.set(BENCH_NOW);
  // Seeded rows stand for an office upgrading with a year of data: setup starts the chains over them.
  for (const key of CHAIN_PROPERTY_KEYS) wb.services.properties.script.delete(key);
  wb.asAdmin(() => wb.call('setup')); // the configuration changed: drop the cached copy
  return { wb, catalog, records: records.length };
}
