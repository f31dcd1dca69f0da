// Each period's review states, kept in document properties (one small value per period,
// rewritten at every transition from the log) so the summary can mark approved figures without
// reading the review sheet: generateSummary has no Spreadsheet call to spare.
import type { PeriodReviewStates } from '../../domain/review/summary-marks';
import { withReviewMarks } from '../../domain/review/summary-marks';
import type { ReviewEvent } from '../../domain/review/states';
import type { SummaryModel } from '../../domain/summary-types';
import type { Env } from '../env';

const keyOf = (periodId: string): string => `cchc:review:states:${periodId}`;

export function writePeriodStates(env: Env, periodId: string, log: ReviewEvent[]): void {
  const states: PeriodReviewStates = {};
  for (const e of log) if (e.periodId === periodId) states[e.unitCode] = [e.revision, e.state];
  env.g.PropertiesService.getDocumentProperties().setProperty(keyOf(periodId), JSON.stringify(states));
}

export function readPeriodStates(env: Env, periodId: string): PeriodReviewStates {
  try {
    const v = JSON.parse(env.g.PropertiesService.getDocumentProperties().getProperty(keyOf(periodId)) ?? '{}') as unknown;
    return v && typeof v === 'object' ? (v as PeriodReviewStates) : {};
  } catch {
    return {};
  }
}

/** The summary as the sheet shows it: each submitted unit's note starts with its review state. */
export function summaryWithReview(env: Env, summary: SummaryModel): SummaryModel {
  return withReviewMarks(summary, readPeriodStates(env, summary.period.id));
}
