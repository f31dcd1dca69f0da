// Each period's review states, kept in document properties (one small value per period,
// rewritten at every transition from the log) so the summary can mark approved figures without
// reading the review sheet: generateSummary has no Spreadsheet call to spare. A restore of the
// review log rebuilds every period's value (and the waiting list) from the restored log.
import type { PeriodReviewStates } from '../../domain/review/summary-marks';
import { withReviewMarks } from '../../domain/review/summary-marks';
import type { ReviewEvent } from '../../domain/review/states';
import type { SummaryModel } from '../../domain/summary-types';
import type { Env } from '../env';
import { rebuildPending } from './corrections';

const PREFIX = 'cchc:review:states:';
const keyOf = (periodId: string): string => `${PREFIX}${periodId}`;

export function writePeriodStates(env: Env, periodId: string, log: ReviewEvent[]): void {
  const states: PeriodReviewStates = {};
  for (const e of log) if (e.periodId === periodId) states[e.unitCode] = [e.revision, e.state];
  env.g.PropertiesService.getDocumentProperties().setProperty(keyOf(periodId), JSON.stringify(states));
}

/** After the log was restored (under the lock): every period's states and the waiting list, from the log alone. */
export function rebuildReviewMirrors(env: Env, log: ReviewEvent[]): number {
  const props = env.g.PropertiesService.getDocumentProperties();
  const periods = new Set(log.map((e) => e.periodId));
  for (const key of props.getKeys()) if (key.startsWith(PREFIX)) periods.add(key.slice(PREFIX.length));
  for (const periodId of periods) writePeriodStates(env, periodId, log);
  rebuildPending(env, log);
  return periods.size;
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
