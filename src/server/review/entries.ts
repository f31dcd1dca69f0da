// Top-level review entry functions (re-exported by index.ts, listed in entries.json).
import type { ReviewActionResult, ReviewDashboardDto, ReviewDetailDto } from '../../contract/review';
import { run } from '../run';
import * as dashboard from './dashboard';
import { reviewReport as reviewReportUseCase } from './transition';

/** Menu "Xem xét báo cáo…". */
export function showReviewDialog(): void {
  run((env) => dashboard.showReviewDialog(env));
}

export function getReviewDashboard(periodId?: string): ReviewDashboardDto {
  return run((env) => dashboard.getReviewDashboard(env, periodId));
}

export function getReviewDetail(unitCode: string, periodId: string): ReviewDetailDto {
  return run((env) => dashboard.getReviewDetail(env, unitCode, periodId));
}

export function reviewReport(payload: unknown): ReviewActionResult {
  return run((env) => reviewReportUseCase(env, payload));
}
