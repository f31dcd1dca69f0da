import { checkSummary, inPlayEntries, statusBoard } from '../../src/domain/status-board';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar-defaults';
import { input, record } from './reminders-fixture';

const stateOf = (board: ReturnType<typeof statusBoard>, unit: string, period: string) => {
  const row = board.units.findIndex((u) => u.code === unit);
  const col = board.periods.findIndex((p) => p.id === period);
  return board.entries[row]?.[col]?.status.state ?? null;
};

describe('statusBoard', () => {
  test('rows: active units by group order; columns: this year\'s owed periods, chronological', () => {
    const board = statusBoard(input('2024-03-10T07:00:00'));
    expect(board.units.map((u) => u.code)).toEqual(['XA_A', 'XA_B', 'XA_C', 'XA_D', 'TT_A']);
    const ids = board.periods.map((p) => p.id);
    expect(ids.slice(0, 5)).toEqual(['2024-M01', '2024-M02', '2024-M03', '2024-Q1', '2024-M04']);
    expect(ids).toHaveLength(12 + 4 + 1 + 1);
    expect(ids.indexOf('2024-H1')).toBe(ids.indexOf('2024-Q2') + 1);
    // a commune owes no monthly report
    expect(board.entries[0][0]).toBeNull();
    expect(board.deadlines[ids.indexOf('2024-Q1')].toISOString()).toBe('2024-03-18T16:59:59.000Z');
  });

  test('states follow the deadline and the first submission', () => {
    const records = [record('XA_A', '2024-Q1', '2024-03-12T10:00:00'), record('XA_B', '2024-Q1', '2024-03-19T09:00:00')];
    const before = statusBoard(input('2024-03-10T07:00:00', records.slice(0, 1)));
    expect(stateOf(before, 'XA_A', '2024-Q1')).toBe('on_time');
    expect(stateOf(before, 'XA_B', '2024-Q1')).toBe('not_due');
    expect(stateOf(statusBoard(input('2024-03-15T07:00:00')), 'XA_B', '2024-Q1')).toBe('due_soon');
    const after = statusBoard(input('2024-03-20T07:00:00', records));
    expect(stateOf(after, 'XA_A', '2024-Q1')).toBe('on_time');
    expect(stateOf(after, 'XA_B', '2024-Q1')).toBe('late');
    expect(stateOf(after, 'XA_C', '2024-Q1')).toBe('overdue');
  });

  test('an extension moves the unit\'s deadline and is kept on the entry', () => {
    const calendar = { ...DEFAULT_CALENDAR, extensions: [{ unitCode: 'XA_D', periodId: '2024-Q1', deadline: '2024-04-10', reason: 'Bão' }] };
    const board = statusBoard(input('2024-03-20T07:00:00', [], calendar));
    const col = board.periods.findIndex((p) => p.id === '2024-Q1');
    const d = board.entries[3][col]!;
    expect(d.status.state).toBe('not_due');
    expect(d.status.deadline.toISOString()).toBe('2024-04-10T16:59:59.000Z');
    expect(d.extension?.reason).toBe('Bão');
    expect(board.entries[2][col]?.extension).toBeUndefined();
    // an "extension" earlier than the common deadline changes nothing
    const early = { ...DEFAULT_CALENDAR, extensions: [{ unitCode: 'XA_D', periodId: '2024-Q1', deadline: '2024-03-01' }] };
    const e = statusBoard(input('2024-03-20T07:00:00', [], early)).entries[3][col]!;
    expect(e.status.state).toBe('overdue');
    expect(e.extension).toBeUndefined();
  });

  test('last year\'s periods appear only while they still take late submissions', () => {
    const january = statusBoard(input('2024-01-20T07:00:00'));
    expect(january.periods.slice(0, 3).map((p) => p.id)).toEqual(['2023-M12', '2023-Q4', '2023-Y']);
    expect(january.periods).toHaveLength(3 + 18);
    // 2023-Q4 was due 18/12/2023 and closes 60 days later, on 16/02/2024
    const march = statusBoard(input('2024-03-10T07:00:00'));
    expect(march.periods.every((p) => p.year === 2024)).toBe(true);
  });
});

describe('checkSummary', () => {
  test('lists units by state for the periods in play only', () => {
    const records = [record('XA_A', '2024-Q1', '2024-03-12T10:00:00'), record('XA_B', '2024-Q1', '2024-03-19T09:00:00'),
      record('TT_A', '2024-Q1', '2024-03-13T10:00:00')];
    const summary = checkSummary(statusBoard(input('2024-03-20T07:00:00', records)));
    expect(summary.map((p) => p.periodId)).toEqual(['2024-M02', '2024-M03', '2024-Q1']);
    expect(summary[2]).toEqual({ periodId: '2024-Q1', label: 'Quý I/2024', dueSoon: [], late: ['XA_B'], missing: ['XA_C', 'XA_D'], onTime: ['XA_A', 'TT_A'] });
    expect(summary[1]).toEqual({ periodId: '2024-M03', label: 'Tháng 3/2024', dueSoon: [], late: [], missing: ['TT_A'], onTime: [] });
  });

  test('a period that is open but not yet due is listed with empty lists; one not open yet is not', () => {
    const summary = checkSummary(statusBoard(input('2024-03-05T07:00:00')));
    expect(summary.find((p) => p.periodId === '2024-Q1')).toEqual({ periodId: '2024-Q1', label: 'Quý I/2024', dueSoon: [], late: [], missing: [], onTime: [] });
    expect(summary.find((p) => p.periodId === '2024-Q2')).toBeUndefined();
  });

  test('a period closed to late submissions drops out of the check but stays overdue on the board', () => {
    const board = statusBoard(input('2024-05-20T07:00:00'));
    expect(checkSummary(board).map((p) => p.periodId)).not.toContain('2024-Q1');
    expect(stateOf(board, 'XA_C', '2024-Q1')).toBe('overdue');
    expect(inPlayEntries(board).some((e) => e.period.id === '2024-Q1')).toBe(false);
  });
});
