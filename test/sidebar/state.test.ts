import type { FormData, SidebarData } from '../../src/contract/rpc';
import { historyAfter, initialState, markSubmitted } from '../../src/sidebar/state';
import { periodStatusText } from '../../src/sidebar/format';

const stored = (revision: number, timeliness: 'on_time' | 'late' = 'late') => ({
  ok: true as const, submissionId: `s${revision}`, revision, timeliness, submittedAt: '2024-03-20T01:00:00.000Z', replayed: false,
});

test('historyAfter adds the new revision once (a replayed answer is already there)', () => {
  const h1 = historyAfter([], stored(1), 'a@x.vn');
  expect(h1).toEqual([{ revision: 1, submittedAt: '2024-03-20T01:00:00.000Z', submittedBy: 'a@x.vn', timeliness: 'late' }]);
  expect(historyAfter(h1, stored(1), 'a@x.vn')).toBe(h1);
});

function stateWith(status: 'overdue' | 'on_time', units = 1) {
  const state = initialState();
  const period = { id: '2024-Q1', kind: 'quarter' as const, label: 'Quý I/2024', deadline: '2024-03-18T16:59:59.000Z', status };
  state.data = { user: { email: 'a@x.vn', isAdmin: false }, units: Array.from({ length: units }, (_, i) => ({ code: `U${i}`, name: 'u', group: 'XA' })), periods: [{ ...period }], now: '' } as SidebarData;
  state.form = { period: { ...period, cutoff: { from: '2023-12-15', to: '2024-03-14' } } } as FormData;
  return state;
}

test('the first submission decides the state; a revision does not change it', () => {
  const overdue = stateWith('overdue');
  markSubmitted(overdue, stored(1, 'late'));
  expect(overdue.form?.period.status).toBe('late');
  expect(overdue.data?.periods[0].status).toBe('late');

  const onTime = stateWith('on_time');
  markSubmitted(onTime, stored(2, 'late'));
  expect(onTime.form?.period.status).toBe('on_time');
});

test("the period list (worst of several units) is left alone for a user with several units", () => {
  const admin = stateWith('overdue', 3);
  markSubmitted(admin, stored(1, 'late'));
  expect(admin.data?.periods[0].status).toBe('overdue');
});

test('status phrases follow the server clock in Vietnam time, whatever the machine zone', () => {
  const deadline = '2024-03-18T16:59:59.000Z'; // 18/03/2024 23:59:59 +07
  expect(periodStatusText({ status: 'not_due', deadline }, new Date('2024-03-15T17:30:00.000Z'))).toBe('Còn 2 ngày'); // 16/03 00:30 +07
  expect(periodStatusText({ status: 'due_soon', deadline }, new Date('2024-03-18T10:00:00.000Z'))).toBe('Hạn hôm nay');
  expect(periodStatusText({ status: 'overdue', deadline }, new Date('2024-03-20T17:30:00.000Z'))).toBe('Quá hạn 3 ngày');
  expect(periodStatusText({ status: 'on_time', deadline }, new Date('2024-03-25T00:00:00.000Z'))).toBe('Đã nộp đúng hạn');
  expect(periodStatusText({ status: 'late', deadline }, new Date('2024-03-25T00:00:00.000Z'))).toBe('Đã nộp muộn');
});
