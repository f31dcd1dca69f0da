// The review state shown at the top of a unit's form (the reason when it was returned).
import type { FormReviewDto } from '../../contract/review';
import { reviewStatus } from '../../domain/review/states';
import type { Env } from '../env';
import { readReviewLog } from './review-log';

/** null before the first submission. Reads the review log once (three Spreadsheet calls). */
export function reviewForForm(env: Env, unitCode: string, periodId: string, latestRevision: number | null): FormReviewDto | null {
  if (latestRevision === null) return null;
  const events = readReviewLog(env).filter((e) => e.unitCode === unitCode && e.periodId === periodId);
  const s = reviewStatus(events, latestRevision);
  return { state: s.state, reason: s.reason, at: s.event ? s.event.at.toISOString() : null, revision: latestRevision };
}
