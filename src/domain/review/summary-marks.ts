// The summary sheet says, per unit, whether the figures it adds up were approved by the office:
// "Đã duyệt", "Cần bổ sung" or "Chưa duyệt" leads the row's note.
import type { SummaryModel } from '../summary-types';
import { REVIEW_LABELS, type ReviewState } from './states';

/** unitCode → [revision, state] of the last review event of one period. */
export type PeriodReviewStates = Record<string, [number, ReviewState]>;

export const UNREVIEWED_LABEL = 'Chưa duyệt';

export function reviewLabelFor(states: PeriodReviewStates, unitCode: string, revision: number): string {
  const s = states[unitCode];
  if (!s || s[0] !== revision || s[1] === 'received') return UNREVIEWED_LABEL;
  return REVIEW_LABELS[s[1]];
}

export function withReviewMarks(summary: SummaryModel, states: PeriodReviewStates): SummaryModel {
  return {
    ...summary,
    groups: summary.groups.map((g) => ({
      ...g,
      rows: g.rows.map((r) => (r.revision === null ? r : { ...r, note: [reviewLabelFor(states, r.unitCode, r.revision), r.note].filter(Boolean).join('; ') })),
    })),
  };
}
