// generateSummary: the admin's "Tạo báo cáo tổng hợp". One read of the data sheet, the summary
// model and the report model from the domain, then the two renderers: the summary sheet and
// the Google Doc + PDF.
import { baseDeadline } from '../../domain/calendar';
import { groupOwes } from '../../domain/catalog';
import { parsePeriodId, periodLabel, periodsOfYear, previousPeriod } from '../../domain/periods';
import { buildReportModel } from '../../domain/report';
import { buildSummary } from '../../domain/summary';
import type { SummaryModel } from '../../domain/summary-types';
import { localDateOf } from '../../domain/time';
import type { FieldError, Period, PeriodKind, SubmissionRecord } from '../../domain/types';
import { NOT_ADMIN_MESSAGE, NO_USER_MESSAGE, isAdminEmail } from '../auth';
import type { Env } from '../env';
import { type AppConfig, loadConfig } from '../config/load-config';
import { renderReportDoc } from '../report/render-doc';
import { appendAudit } from '../storage/audit';
import { readDataSheet } from '../storage/submissions';
import { writeSummarySheet } from '../summary/write-summary-sheet';
import { summaryWithReview } from '../review/period-states';
import { FOLDER_ERROR, ensureReportFolder } from './report-folder';

export type GenerateSummaryResult =
  | { ok: true; periodId: string; periodLabel: string; sheetName: string; docUrl: string; pdfUrl: string;
    totals: Record<string, number>; onTime: string[]; late: string[]; missing: string[] }
  | { ok: false; errors: FieldError[] };

/** At year end the annual report matters most, so longer kinds come first on the same deadline. */
const KIND_PRIORITY: PeriodKind[] = ['year', 'half', 'quarter', 'month'];

/** Periods some group owes whose deadline has passed, most recent first (this year and last). */
export function closedPeriods(config: AppConfig, now: Date): Period[] {
  const kinds = KIND_PRIORITY.filter((k) => config.catalog.groups.some((g) => groupOwes(g, k)));
  const year = Number(localDateOf(now).slice(0, 4));
  return [...periodsOfYear(year - 1, kinds), ...periodsOfYear(year, kinds)]
    .map((p) => ({ p, due: baseDeadline(p, config.calendar).getTime() }))
    .filter(({ due }) => due <= now.getTime())
    .sort((a, b) => b.due - a.due || KIND_PRIORITY.indexOf(a.p.kind) - KIND_PRIORITY.indexOf(b.p.kind))
    .map(({ p }) => p);
}

function summarise(config: AppConfig, period: Period, now: Date, records: SubmissionRecord[]): SummaryModel {
  return buildSummary({
    catalog: config.catalog, calendar: config.calendar, period, now, dueSoonDays: config.settings.dueSoonDays, submissions: records,
  });
}

export function generateSummary(env: Env, periodId?: unknown): GenerateSummaryResult {
  const email = env.activeEmail();
  if (!email) return { ok: false, errors: [{ field: 'user', message: NO_USER_MESSAGE }] };
  const config = loadConfig(env);
  if (!isAdminEmail(config.settings, email)) return { ok: false, errors: [{ field: 'user', message: NOT_ADMIN_MESSAGE }] };
  const now = env.now();
  const period = periodId === undefined || periodId === null || periodId === ''
    ? closedPeriods(config, now)[0]
    : typeof periodId === 'string' ? parsePeriodId(periodId.trim()) : null;
  if (!period) return { ok: false, errors: [{ field: 'periodId', message: 'Kỳ báo cáo không hợp lệ (ví dụ 2024-Q1, 2024-M03, 2024-H1, 2024-Y).' }] };
  const { DocumentApp, Drive } = env.g;
  if (!DocumentApp || !Drive) throw new Error('DocumentApp/Drive không khả dụng.');

  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(30000)) return { ok: false, errors: [{ field: 'periodId', message: 'Đang có người khác tạo báo cáo. Vui lòng thử lại sau ít phút.' }] };
  try {
    const folderId = ensureReportFolder(env, config);
    if (folderId === null) return { ok: false, errors: [{ field: 'driveFolderId', message: FOLDER_ERROR }] };
    const records = readDataSheet(env).records;
    const summary = summarise(config, period, now, records);
    const previous = summarise(config, previousPeriod(period), now, records);
    const { sheetName } = writeSummarySheet(env.ss(), summaryWithReview(env, summary)); // issue 14: approved vs unreviewed
    const report = buildReportModel({
      summary, previous: previous.counts.submitted > 0 ? previous : null, settings: config.settings, catalog: config.catalog, issuedAt: now,
    });
    const { docUrl, pdfUrl } = renderReportDoc(report, { DocumentApp, Drive }, { folderId, folderChecked: true });
    appendAudit(env, { action: 'Tạo báo cáo tổng hợp', target: period.id, detail: `${periodLabel(period)}: ${sheetName}, ${docUrl}` }, email);
    return {
      ok: true, periodId: period.id, periodLabel: periodLabel(period), sheetName, docUrl, pdfUrl,
      totals: summary.totals, onTime: summary.onTime, late: summary.late, missing: summary.missing,
    };
  } finally {
    lock.releaseLock();
  }
}
