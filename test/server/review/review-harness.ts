// The review calls on top of the server harness, as modules or through dist/Code.js.
import type { ReviewActionPayload, ReviewActionResult, ReviewDashboardDto, ReviewDetailDto } from '../../../src/contract/review';
import type { SubmissionRecord } from '../../../src/domain/types';
import { UserError } from '../../../src/server/auth';
import { getReviewDashboard, getReviewDetail } from '../../../src/server/review/dashboard';
import { reviewReport } from '../../../src/server/review/transition';
import { SHEETS } from '../../../src/server/sheets/names';
import { recordRow } from '../../../src/server/storage/submissions';
import { ADMIN, OFFICER, OFFICER_UNIT, assignEmail, makeHarness, type Flavour, type Harness } from '../harness';

export interface ReviewApi {
  dashboard(periodId?: string): ReviewDashboardDto;
  detail(unitCode: string, periodId: string): ReviewDetailDto;
  review(payload: ReviewActionPayload | unknown): ReviewActionResult;
}

export function reviewApi(h: Harness, flavour: Flavour): ReviewApi {
  if (flavour === 'bundle') {
    const { loadBundle } = require('../../../src/local/vm/load-bundle') as typeof import('../../../src/local/vm/load-bundle');
    const bundle = loadBundle(h.fakes);
    return {
      dashboard: (p) => bundle.call('getReviewDashboard', p),
      detail: (u, p) => bundle.call('getReviewDetail', u, p),
      review: (payload) => bundle.call('reviewReport', payload),
    };
  }
  const entry = <T>(fn: () => T): T => {
    try { return fn(); } catch (e) { if (e instanceof UserError) throw new Error(e.message); throw e; }
  };
  return {
    dashboard: (p) => entry(() => getReviewDashboard(h.env, p)),
    detail: (u, p) => entry(() => getReviewDetail(h.env, u, p)),
    review: (payload) => entry(() => reviewReport(h.env, payload)),
  };
}

export const COUNTS = { LOP_TAP_HUAN: 2, TOA_DAM: 1, TIN_BAI: 12, TO_ROI: 300, TAI_LIEU: 4, HINH_THUC_KHAC: 3, CHUYEN_MUC_TRUYEN_THANH: 6, CUOC_THI: 1 };

/** Past reports of a unit written straight into the data sheet (as a previous year would have left them). */
export function seedReports(h: Harness, reports: { unitCode: string; periodId: string; values: Record<string, number>; revision?: number }[]): void {
  const header = h.fakes.spreadsheet.values(SHEETS.data)[0] as string[];
  const rows = reports.map((r, i) => {
    const record: SubmissionRecord = {
      id: `seed-${r.unitCode}-${r.periodId}-${i}`, requestId: `seedreq-${r.unitCode}-${r.periodId}-${i}`,
      unitCode: r.unitCode, periodId: r.periodId, revision: r.revision ?? 1,
      submittedAt: new Date(Date.UTC(Number(r.periodId.slice(0, 4)), 0, 1 + i)), submittedBy: 'seed@example.com',
      timeliness: 'on_time', values: r.values, note: '', nothingToReport: false, evidenceUrl: '',
    };
    return recordRow(header, record);
  });
  h.fakes.spreadsheet.seed(SHEETS.data, rows);
}

export function readyReview(flavour: Flavour, now: Date): { h: Harness; api: ReviewApi } {
  const h = makeHarness(flavour, now, ADMIN);
  h.api.setup();
  assignEmail(h, OFFICER_UNIT, OFFICER);
  return { h, api: reviewApi(h, flavour) };
}

/** Submits as the unit would from the form: when the server asks to confirm figures, confirms them all. */
export function submitConfirmed(h: Harness, payload: Record<string, unknown>): ReturnType<Harness['api']['submitReport']> {
  const first = h.api.submitReport(payload);
  if (first.ok || !first.confirm) return first;
  return h.api.submitReport({ ...payload, confirmation: { token: first.confirm.token, codes: first.confirm.items.map((i) => i.code) } });
}
