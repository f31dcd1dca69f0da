// getReviewDashboard / getReviewDetail (admins): the period's picture in one round trip. With a
// warm configuration cache this reads two sheets (data, review log): 7 Spreadsheet calls
// whatever the number of units and periods.
import type { ReviewDashboardDto, ReviewDetailDto } from '../../contract/review';
import { openPeriods } from '../../domain/calendar';
import { findUnit } from '../../domain/catalog';
import { parsePeriodId } from '../../domain/periods';
import { buildDashboard, buildDetail } from '../../domain/review/dashboard';
import type { Period, SubmissionRecord } from '../../domain/types';
import { UserError, requireAdmin } from '../auth';
import { type AppConfig, loadConfig } from '../config/load-config';
import type { Env } from '../env';
import { closedPeriods } from '../api/generate-summary';
import { readDataSheet } from '../storage/submissions';
import { readReviewLog } from './review-log';

/** Periods still open for submission (nearest deadline first), then closed ones (most recent first). */
export function reviewPeriods(config: AppConfig, now: Date): Period[] {
  const kinds = [...new Set(config.catalog.groups.flatMap((g) => g.periodKinds))];
  const open = openPeriods(kinds, now, config.calendar);
  const closed = closedPeriods(config, now).filter((p) => !open.some((o) => o.id === p.id));
  return [...open, ...closed].slice(0, 24);
}

function periodArg(periodId: unknown, fallback: Period | undefined): Period {
  if (periodId === undefined || periodId === null || periodId === '') {
    if (!fallback) throw new UserError('Chưa có kỳ báo cáo nào để xem xét.');
    return fallback;
  }
  const p = typeof periodId === 'string' ? parsePeriodId(periodId) : null;
  if (!p) throw new UserError('Kỳ báo cáo không hợp lệ.');
  return p;
}

/** By default the period of the most recent submission among those listed: what just came in. */
function latestActive(periods: Period[], records: SubmissionRecord[]): Period | undefined {
  let best: SubmissionRecord | null = null;
  for (const r of records) {
    if (periods.some((p) => p.id === r.periodId) && (!best || r.submittedAt.getTime() > best.submittedAt.getTime())) best = r;
  }
  return best ? periods.find((p) => p.id === best.periodId) : undefined;
}

export function getReviewDashboard(env: Env, periodId?: unknown): ReviewDashboardDto {
  const config = loadConfig(env);
  requireAdmin(env, config.settings);
  const now = env.now();
  const periods = reviewPeriods(config, now);
  const { records } = readDataSheet(env);
  const period = periodArg(periodId, latestActive(periods, records) ?? periods[0]);
  return buildDashboard({
    catalog: config.catalog, calendar: config.calendar, dueSoonDays: config.settings.dueSoonDays,
    period, periods, records, events: readReviewLog(env), now,
  });
}

export function getReviewDetail(env: Env, unitCode: unknown, periodId: unknown): ReviewDetailDto {
  const config = loadConfig(env);
  requireAdmin(env, config.settings);
  const unit = typeof unitCode === 'string' ? findUnit(config.catalog, unitCode) : undefined;
  if (!unit) throw new UserError('Không tìm thấy đơn vị.');
  const period = periodArg(periodId, undefined);
  return buildDetail(config.catalog, unit, period, readDataSheet(env).records, readReviewLog(env));
}

export const REVIEW_DIALOG_TITLE = 'Xem xét báo cáo';

export function showReviewDialog(env: Env): void {
  const config = loadConfig(env);
  requireAdmin(env, config.settings);
  const html = env.g.HtmlService.createHtmlOutputFromFile('Review').setWidth(1100).setHeight(680);
  env.g.SpreadsheetApp.getUi().showModalDialog(html, REVIEW_DIALOG_TITLE);
}
