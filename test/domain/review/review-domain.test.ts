// Pure review rules: states from the log, transitions, outliers, comparison periods, diffs.
import { earlierReports, previousPeriod, revisionsIndex, samePeriodLastYear } from '../../../src/domain/review/compare';
import { NOTE_FIELD, NOTHING_FIELD, changedFields } from '../../../src/domain/review/diff';
import { HISTORY_FACTOR, median, outlierOf } from '../../../src/domain/review/outliers';
import { type ReviewEvent, checkTransition, reviewStatus } from '../../../src/domain/review/states';
import { parsePeriodId } from '../../../src/domain/periods';
import type { SubmissionRecord } from '../../../src/domain/types';

const p = (id: string) => parsePeriodId(id)!;
const ev = (revision: number, state: ReviewEvent['state'], reason = ''): ReviewEvent =>
  ({ at: new Date('2024-03-01T00:00:00Z'), by: 'a@x.vn', unitCode: 'U', periodId: '2024-Q1', revision, state, reason });
const rec = (periodId: string, revision: number, values: Record<string, number>, over: Partial<SubmissionRecord> = {}): SubmissionRecord => ({
  id: `${periodId}-${revision}`, requestId: `r-${periodId}-${revision}`, unitCode: 'U', periodId, revision,
  submittedAt: new Date('2024-01-01T00:00:00Z'), submittedBy: 'u@x.vn', timeliness: 'on_time', values, note: '', nothingToReport: false, evidenceUrl: '', ...over,
});

describe('review states', () => {
  test('the state belongs to the latest revision only', () => {
    const log = [ev(1, 'needs_fix', 'Thiếu số liệu'), ev(1, 'approved')];
    expect(reviewStatus(log, 1)).toMatchObject({ state: 'approved', reason: '' });
    expect(reviewStatus(log.slice(0, 1), 1)).toMatchObject({ state: 'needs_fix', reason: 'Thiếu số liệu' });
    expect(reviewStatus(log, 2)).toMatchObject({ state: 'received', event: null });
  });

  test('transitions: reason required for cần bổ sung, no going back by hand, stale revisions refused', () => {
    const received = reviewStatus([], 3);
    expect(checkTransition(received, { target: 'needs_fix', revision: 3, reason: ' \n ' })).toMatchObject({ ok: false });
    expect(checkTransition(received, { target: 'needs_fix', revision: 3, reason: '  Bổ sung   tờ rơi ' })).toEqual({ ok: true, reason: 'Bổ sung tờ rơi' });
    expect(checkTransition(received, { target: 'approved', revision: 3, reason: '' })).toEqual({ ok: true, reason: '' });
    expect(checkTransition(received, { target: 'received', revision: 3, reason: '' })).toMatchObject({ ok: false });
    expect(checkTransition(received, { target: 'approved', revision: 2, reason: '' })).toMatchObject({ ok: false, message: expect.stringContaining('lần 3') });
    expect(checkTransition(reviewStatus([ev(3, 'approved')], 3), { target: 'approved', revision: 3, reason: '' })).toMatchObject({ ok: false });
    expect(checkTransition(received, { target: 'needs_fix', revision: 3, reason: 'x'.repeat(1001) })).toMatchObject({ ok: false });
  });
});

describe('outliers', () => {
  test('median of earlier periods', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  test(`above ${HISTORY_FACTOR}× the median, or above the plausible maximum`, () => {
    expect(outlierOf(10, [2, 2, 3])).toBeNull(); // 10 = 5 × 2 is not above
    expect(outlierOf(11, [2, 2, 3])).toMatchObject({ kind: 'above_history', limit: 10 });
    expect(outlierOf(11, [2, null, 'x', 2])).toMatchObject({ kind: 'above_history' });
    expect(outlierOf(500, [0, 0])).toBeNull(); // no scale to compare with
    expect(outlierOf(500, [])).toBeNull();
    expect(outlierOf(51, [], 50)).toMatchObject({ kind: 'above_max', limit: 50, message: 'Vượt mức hợp lý tối đa (50).' });
    expect(outlierOf(50, [], 50)).toBeNull();
    expect(outlierOf(true, [0], 0)).toBeNull();
  });
});

describe('comparison periods and diffs', () => {
  test('previous period and the same period last year', () => {
    expect(previousPeriod(p('2024-Q1')).id).toBe('2023-Q4');
    expect(previousPeriod(p('2024-Q3')).id).toBe('2024-Q2');
    expect(previousPeriod(p('2024-M01')).id).toBe('2023-M12');
    expect(previousPeriod(p('2024-H1')).id).toBe('2023-H1');
    expect(samePeriodLastYear(p('2024-Q2')).id).toBe('2023-Q2');
    expect(samePeriodLastYear(p('2024-Y')).id).toBe('2023-Y');
  });

  test('earlier reports are the latest revision of each earlier period of the same kind', () => {
    const index = revisionsIndex([rec('2023-Q4', 2, { A: 9 }), rec('2023-Q4', 1, { A: 1 }), rec('2024-Q1', 1, { A: 5 }),
      rec('2023-M05', 1, { A: 7 }), rec('2024-Q2', 1, { A: 8 })]);
    expect(earlierReports(index, 'U', p('2024-Q2')).map((r) => r.id).sort()).toEqual(['2023-Q4-2', '2024-Q1-1']);
    expect(earlierReports(index, 'V', p('2024-Q2'))).toEqual([]);
  });

  test('changed cells between revisions', () => {
    const a = rec('2024-Q1', 1, { A: 1, B: 2 });
    const b = rec('2024-Q1', 2, { A: 1, B: 3 }, { note: 'sửa', nothingToReport: true });
    expect(changedFields(null, a, ['A', 'B'])).toEqual([]);
    expect(changedFields(a, b, ['A', 'B'])).toEqual(['B', NOTE_FIELD, NOTHING_FIELD]);
    expect(changedFields(a, rec('2024-Q1', 2, { A: 1 }), ['A', 'B'])).toEqual(['B']);
  });
});
