// A small catalog and helpers for the board, grid and reminder tests.
import type { BoardInput } from '../../src/domain/status-board';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar-defaults';
import type { CalendarConfig, Catalog, SubmissionRecord } from '../../src/domain/types';

// 2024-Q1 is due Monday 18/03/2024 23:59:59 (+07:00), 16/03 being a Saturday; late submissions
// are accepted for 60 days, until 17/05/2024.
export const CATALOG: Catalog = {
  groups: [
    { code: 'TT', name: 'Trung tâm', periodKinds: ['month', 'quarter'], order: 2 },
    { code: 'XA', name: 'Xã', periodKinds: ['quarter', 'half', 'year'], order: 1 },
  ],
  units: [
    { code: 'TT_A', name: 'Trung tâm A', group: 'TT', emails: ['tt@a.vn'], active: true },
    { code: 'XA_A', name: 'Xã A', group: 'XA', emails: ['a@xa.vn'], active: true },
    { code: 'XA_B', name: 'Xã B', group: 'XA', emails: ['b@xa.vn', 'b2@xa.vn'], active: true },
    { code: 'XA_C', name: 'Xã C', group: 'XA', emails: [], active: true },
    { code: 'XA_D', name: 'Xã D', group: 'XA', emails: ['d@xa.vn'], active: true },
    { code: 'XA_OFF', name: 'Xã nghỉ', group: 'XA', emails: ['off@xa.vn'], active: false },
  ],
  indicators: [],
};

export const vn = (s: string): Date => new Date(`${s}+07:00`);

export function record(unitCode: string, periodId: string, at: string, revision = 1): SubmissionRecord {
  return {
    id: `${unitCode}-${periodId}-${revision}`, requestId: `r-${unitCode}-${revision}`, unitCode, periodId, revision,
    submittedAt: vn(at), submittedBy: 'x@xa.vn', timeliness: 'on_time', values: {}, note: '', nothingToReport: false, evidenceUrl: '',
  };
}

export function input(now: string, records: SubmissionRecord[] = [], calendar: CalendarConfig = DEFAULT_CALENDAR): BoardInput {
  return { catalog: CATALOG, calendar, dueSoonDays: 3, records, now: vn(now) };
}
