import { stateLabel, statusText, timelinessOf, unitPeriodStatus } from '../../src/domain/lateness';
import type { SubmissionRecord } from '../../src/domain/types';

// Tháng 3/2024 is due Monday 18/03/2024 23:59:59 (+07:00).
const DEADLINE = new Date('2024-03-18T16:59:59.000Z');
const at = (s: string): Date => new Date(s);

const sub = (revision: number, submittedAt: string): SubmissionRecord => ({
  id: `CAM_BINH-2024-M03-${revision}`, requestId: `req-${revision}`, unitCode: 'CAM_BINH', periodId: '2024-M03',
  revision, submittedAt: at(submittedAt), submittedBy: 'vanhoa.cambinh@example.vn', timeliness: 'on_time',
  values: { CT01: 2 }, note: '', nothingToReport: false, evidenceUrl: '',
});

const status = (now: string, submissions: SubmissionRecord[] = [], dueSoonDays = 3) =>
  unitPeriodStatus({ now: at(now), deadline: DEADLINE, dueSoonDays, submissions });

describe('timelinessOf', () => {
  it('is on time up to and including the deadline instant', () => {
    expect(timelinessOf(at('2024-03-18T16:59:59.000Z'), DEADLINE)).toBe('on_time');
    expect(timelinessOf(at('2024-03-01T00:00:00.000Z'), DEADLINE)).toBe('on_time');
    expect(timelinessOf(at('2024-03-18T16:59:59.001Z'), DEADLINE)).toBe('late');
  });
});

describe('unitPeriodStatus without a submission', () => {
  it('is not due when the deadline is more than dueSoonDays away', () => {
    const s = status('2024-03-10T02:00:00.000Z'); // 10/03 09:00
    expect(s).toMatchObject({ state: 'not_due', daysLeft: 8, daysOverdue: null, firstSubmittedAt: null,
      latestRevision: null, latestSubmittedAt: null, revisedLate: false });
    expect(s.deadline).toBe(DEADLINE);
    expect(status('2024-03-14T02:00:00.000Z')).toMatchObject({ state: 'not_due', daysLeft: 4 });
  });

  it('is due soon within dueSoonDays calendar days, up to the deadline itself', () => {
    expect(status('2024-03-15T02:00:00.000Z')).toMatchObject({ state: 'due_soon', daysLeft: 3 });
    expect(status('2024-03-18T16:59:59.000Z')).toMatchObject({ state: 'due_soon', daysLeft: 0 });
    expect(status('2024-03-17T02:00:00.000Z', [], 0)).toMatchObject({ state: 'not_due', daysLeft: 1 });
    expect(status('2024-03-18T02:00:00.000Z', [], 0)).toMatchObject({ state: 'due_soon', daysLeft: 0 });
  });

  it('counts days by the Vietnamese date, not UTC', () => {
    // 17/03 17:30 UTC is already 18/03 00:30 in Vietnam.
    expect(status('2024-03-17T17:30:00.000Z')).toMatchObject({ state: 'due_soon', daysLeft: 0 });
  });

  it('is overdue (missing) once the deadline has passed', () => {
    expect(status('2024-03-18T17:00:00.000Z')).toMatchObject({ state: 'overdue', daysLeft: null, daysOverdue: 1 });
    expect(status('2024-03-20T05:00:00.000Z')).toMatchObject({ state: 'overdue', daysOverdue: 2 });
  });
});

describe('unitPeriodStatus with submissions', () => {
  it('is on time when the first submission is on time', () => {
    const s = status('2024-03-20T05:00:00.000Z', [sub(1, '2024-03-18T16:59:59.000Z')]);
    expect(s).toMatchObject({ state: 'on_time', revisedLate: false, latestRevision: 1, daysLeft: null, daysOverdue: null });
    expect(s.firstSubmittedAt?.toISOString()).toBe('2024-03-18T16:59:59.000Z');
    expect(s.latestSubmittedAt?.toISOString()).toBe('2024-03-18T16:59:59.000Z');
  });

  it('is late when the first submission came after the deadline', () => {
    const s = status('2024-03-25T05:00:00.000Z', [sub(1, '2024-03-20T03:00:00.000Z')]);
    expect(s).toMatchObject({ state: 'late', revisedLate: false, latestRevision: 1, daysOverdue: 2, daysLeft: null });
  });

  it('keeps the first submission\'s timeliness when a revision comes after the deadline', () => {
    // Given out of order on purpose.
    const subs = [sub(3, '2024-03-25T03:00:00.000Z'), sub(1, '2024-03-12T03:00:00.000Z'), sub(2, '2024-03-15T03:00:00.000Z')];
    const s = status('2024-03-26T05:00:00.000Z', subs);
    expect(s).toMatchObject({ state: 'on_time', revisedLate: true, latestRevision: 3 });
    expect(s.firstSubmittedAt?.toISOString()).toBe('2024-03-12T03:00:00.000Z');
    expect(s.latestSubmittedAt?.toISOString()).toBe('2024-03-25T03:00:00.000Z');
  });

  it('does not flag revisions made before the deadline', () => {
    const subs = [sub(2, '2024-03-18T10:00:00.000Z'), sub(1, '2024-03-12T03:00:00.000Z')];
    expect(status('2024-03-26T05:00:00.000Z', subs)).toMatchObject({ state: 'on_time', revisedLate: false, latestRevision: 2 });
  });

  it('counts a submission even before the period is due', () => {
    expect(status('2024-03-05T05:00:00.000Z', [sub(1, '2024-03-05T04:00:00.000Z')])).toMatchObject({ state: 'on_time' });
  });
});

describe('labels', () => {
  it('labels each state in Vietnamese', () => {
    expect(stateLabel('not_due')).toBe('Chưa đến hạn');
    expect(stateLabel('due_soon')).toBe('Sắp đến hạn');
    expect(stateLabel('on_time')).toBe('Đã nộp đúng hạn');
    expect(stateLabel('late')).toBe('Nộp muộn');
    expect(stateLabel('overdue')).toBe('Quá hạn, chưa nộp');
  });

  it('gives the sidebar phrase at now', () => {
    const text = (now: string, subs: SubmissionRecord[] = []): string => statusText(status(now, subs), at(now));
    expect(text('2024-03-15T02:00:00.000Z')).toBe('Còn 3 ngày');
    expect(text('2024-03-10T02:00:00.000Z')).toBe('Còn 8 ngày');
    expect(text('2024-03-18T02:00:00.000Z')).toBe('Hạn hôm nay');
    expect(text('2024-03-20T05:00:00.000Z')).toBe('Quá hạn 2 ngày');
    expect(text('2024-03-20T05:00:00.000Z', [sub(1, '2024-03-11T05:00:00.000Z')])).toBe('Đã nộp đúng hạn');
    expect(text('2024-03-20T05:00:00.000Z', [sub(1, '2024-03-19T05:00:00.000Z')])).toBe('Đã nộp muộn');
    // A status computed earlier, shown later, still reads right.
    expect(statusText(status('2024-03-15T02:00:00.000Z'), at('2024-03-19T02:00:00.000Z'))).toBe('Quá hạn 1 ngày');
  });
});
