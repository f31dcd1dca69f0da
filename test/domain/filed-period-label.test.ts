// The June and December reports of a group whose 6-month and year figures are the quarters' sums
// are "Quý II và 6 tháng đầu năm 2024" and "Quý IV và năm 2024" everywhere the unit sees them:
// the status sheet, the reminder mail, the admins' digest and the running totals. A group that
// files 6 months and the year separately keeps "Quý II/2024".
import { filedPeriodLabel, parsePeriodId, periodClosedBy } from '../../src/domain/periods';
import { checkSummary, statusBoard } from '../../src/domain/status-board';
import { statusGrid } from '../../src/domain/status-grid';
import { buildDigest, planReminders } from '../../src/domain/reminders';
import { digestMail, unitReminderMail } from '../../src/domain/reminder-mail';
import { runningTotals } from '../../src/domain/running-totals';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar-defaults';
import { DEFAULT_CATALOG } from '../../src/domain/defaults';
import type { Catalog, UnitGroup } from '../../src/domain/types';
import { vn } from './reminders-fixture';

const p = (id: string) => parsePeriodId(id)!;
const COMBINED: UnitGroup = { code: 'XA', name: 'Xã', periodKinds: ['quarter'], order: 1 };
const SEPARATE: UnitGroup = { code: 'XA2', name: 'Xã nộp riêng', periodKinds: ['quarter', 'half', 'year'], order: 2 };
const MONTHLY: UnitGroup = { code: 'PH', name: 'Phòng', periodKinds: ['month'], order: 3 };

describe('filedPeriodLabel', () => {
  it('Q2 and Q4 of a group that only owes quarters are the combined reports', () => {
    expect(filedPeriodLabel(p('2024-Q2'), COMBINED)).toBe('Quý II và 6 tháng đầu năm 2024');
    expect(filedPeriodLabel(p('2024-Q4'), COMBINED)).toBe('Quý IV và năm 2024');
  });

  it('Q1, Q3, months and a group filing 6 months and the year separately keep their own label', () => {
    expect(filedPeriodLabel(p('2024-Q1'), COMBINED)).toBe('Quý I/2024');
    expect(filedPeriodLabel(p('2024-Q3'), COMBINED)).toBe('Quý III/2024');
    expect(filedPeriodLabel(p('2024-M06'), MONTHLY)).toBe('Tháng 6/2024');
    expect(filedPeriodLabel(p('2024-Q2'), SEPARATE)).toBe('Quý II/2024');
    expect(filedPeriodLabel(p('2024-Q4'), SEPARATE)).toBe('Quý IV/2024');
    expect(filedPeriodLabel(p('2024-H1'), SEPARATE)).toBe('6 tháng đầu năm 2024');
  });

  it('only half a group filing the year separately: Q2 combined, Q4 not', () => {
    const halfOnly: UnitGroup = { ...COMBINED, periodKinds: ['quarter', 'year'] };
    expect(filedPeriodLabel(p('2024-Q2'), halfOnly)).toBe('Quý II và 6 tháng đầu năm 2024');
    expect(filedPeriodLabel(p('2024-Q4'), halfOnly)).toBe('Quý IV/2024');
  });

  it('several groups combine only when every one does; none is the plain label', () => {
    expect(filedPeriodLabel(p('2024-Q2'), [COMBINED, { ...COMBINED, code: 'TT' }])).toBe('Quý II và 6 tháng đầu năm 2024');
    expect(filedPeriodLabel(p('2024-Q2'), [COMBINED, SEPARATE])).toBe('Quý II/2024');
    expect(filedPeriodLabel(p('2024-Q2'), [])).toBe('Quý II/2024');
  });

  it('the default catalog: communes and the centre file "Quý II và 6 tháng đầu năm"', () => {
    const g = (code: string) => DEFAULT_CATALOG.groups.find((x) => x.code === code)!;
    expect(filedPeriodLabel(p('2024-Q2'), g('XA'))).toBe('Quý II và 6 tháng đầu năm 2024');
    expect(filedPeriodLabel(p('2024-Q4'), g('TTVHTT'))).toBe('Quý IV và năm 2024');
    expect(periodClosedBy(p('2024-Q2'))?.id).toBe('2024-H1');
    expect(periodClosedBy(p('2024-Q3'))).toBeNull();
  });

  it('is the running totals’ rule too: a combined label exactly when the form shows running totals', () => {
    for (const group of [COMBINED, SEPARATE]) {
      for (const id of ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']) {
        const running = runningTotals({ groups: [group], units: [], indicators: [] }, group, 'U', p(id), []);
        const label = filedPeriodLabel(p(id), group);
        expect([group.code, id, running?.label ?? null]).toEqual([group.code, id, label.includes(' và ') ? label : null]);
      }
    }
  });
});

// Q2 2024 is due Monday 17/06/2024 23:59:59 (16/06 is a Sunday).
const CATALOG: Catalog = {
  groups: [COMBINED, SEPARATE],
  units: [
    { code: 'XA_A', name: 'UBND xã A', group: 'XA', emails: ['a@xa.vn'], active: true },
    { code: 'XA_B', name: 'UBND xã B', group: 'XA2', emails: ['b@xa.vn'], active: true },
  ],
  indicators: [],
};
const ctx = (now: Date) => ({ spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit', issuingBody: 'PHÒNG VĂN HÓA VÀ THÔNG TIN', now });
const boardAt = (now: string, catalog: Catalog = CATALOG) => statusBoard({ catalog, calendar: DEFAULT_CALENDAR, dueSoonDays: 3, records: [], now: vn(now) });

describe('the status sheet, reminders and digest say what the unit files', () => {
  it('reminder before the June deadline: the combined label for the commune that combines, the plain one for the other', () => {
    const board = boardAt('2024-06-15T07:00:00');
    const mails = planReminders(board, [], 2).mails;
    const a = unitReminderMail(mails.find((m) => m.unit.code === 'XA_A')!, ctx(board.now));
    expect(a.subject).toBe('[Báo cáo CCHC] UBND xã A: báo cáo Quý II và 6 tháng đầu năm 2024 hạn nộp 17/06/2024');
    expect(a.body).toContain('- Báo cáo Quý II và 6 tháng đầu năm 2024: hạn nộp 17/06/2024 23:59');
    const b = unitReminderMail(mails.find((m) => m.unit.code === 'XA_B')!, ctx(board.now));
    expect(b.body).toContain('- Báo cáo Quý II/2024: hạn nộp 17/06/2024 23:59');
    expect(b.body).toContain('- Báo cáo 6 tháng đầu năm 2024: hạn nộp 17/06/2024 23:59');
    expect(b.body).not.toContain('và 6 tháng');
  });

  it('overdue in December: the mail and the digest say "Quý IV và năm 2024"', () => {
    const only: Catalog = { ...CATALOG, units: CATALOG.units.filter((u) => u.group === 'XA') };
    const board = boardAt('2024-12-18T07:00:00', only);
    const mail = unitReminderMail(planReminders(board, [], 2).mails[0], ctx(board.now));
    expect(mail.subject).toBe('[Báo cáo CCHC] UBND xã A: báo cáo Quý IV và năm 2024 đã quá hạn, chưa nộp');
    const digest = digestMail(buildDigest(board)!, ctx(board.now), { remindersSent: 1, withoutEmail: [], notSent: [] });
    expect(digest.body).toContain('Quý IV và năm 2024 – hạn nộp 16/12/2024 23:59:\n  Quá hạn, chưa nộp (1): UBND xã A (XA_A)');
    expect(digest.body).not.toContain('Quý IV/2024');
    expect(checkSummary(board).find((c) => c.periodId === '2024-Q4')?.label).toBe('Quý IV và năm 2024');
  });

  it('the status sheet: combined column when every owing group combines, the unit’s own label in each cell note', () => {
    const only: Catalog = { ...CATALOG, units: CATALOG.units.filter((u) => u.group === 'XA') };
    const alone = statusGrid(boardAt('2024-06-20T07:00:00', only));
    expect(alone.values[0]).toEqual(expect.arrayContaining(['Quý I/2024', 'Quý II và 6 tháng đầu năm 2024', 'Quý III/2024', 'Quý IV và năm 2024']));
    expect(alone.values[0]).not.toContain('Quý II/2024');

    const mixedBoard = boardAt('2024-06-20T07:00:00');
    const mixed = statusGrid(mixedBoard);
    const col = 2 + mixedBoard.periods.findIndex((x) => x.id === '2024-Q2');
    expect(mixed.values[0][col]).toBe('Quý II/2024');
    const row = (code: string) => mixed.values.findIndex((r) => r[0] === code);
    expect(mixed.notes[row('XA_A')][col].split('\n')[0]).toBe('UBND xã A – Quý II và 6 tháng đầu năm 2024');
    expect(mixed.notes[row('XA_B')][col].split('\n')[0]).toBe('UBND xã B – Quý II/2024');
  });
});
