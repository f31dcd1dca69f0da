// generateSummary: the admin's "Tạo báo cáo tổng hợp". One read of the data sheet under the
// script lock, the summary model and the report model from the domain, then the summary sheet
// and the report on Drive (Google Doc, .docx and PDF from one .docx) with the lock released: a
// unit submitting meanwhile never waits for Drive.
import { baseDeadline } from '../../domain/calendar';
import { reportKinds } from '../../domain/catalog';
import { parsePeriodId, periodsOfYear } from '../../domain/periods';
import { buildReportModel } from '../../domain/report';
import { reportSummaries } from '../../domain/report-inputs';
import { localDateOf } from '../../domain/time';
import type { FieldError, Period, PeriodKind, SubmissionRecord } from '../../domain/types';
import { NO_USER_MESSAGE, isAdminEmail, notAdminMessage } from '../auth';
import type { Env } from '../env';
import { type AppConfig, loadConfig } from '../config/load-config';
import { publishReport } from '../report/publish-report';
import { appendAudit } from '../storage/audit';
import { readDataSheet } from '../storage/submissions';
import { writeSummarySheet } from '../summary/write-summary-sheet';
import { protectAdminSheetByName } from '../setup/protect-sheets';
import { FOLDER_ERROR, driveService, ensureReportFolder } from './report-folder';
import { summaryWithReview } from '../review/period-states';
import { SCOPES, requireScopes } from '../consent';

export type GenerateSummaryResult =
  | { ok: true; periodId: string; periodLabel: string; sheetName: string; docUrl: string; pdfUrl: string; docxUrl: string;
    totals: Record<string, number>; onTime: string[]; late: string[]; missing: string[] }
  | { ok: false; errors: FieldError[] };

/** At year end the annual report matters most, so longer kinds come first on the same deadline. */
const KIND_PRIORITY: PeriodKind[] = ['year', 'half', 'quarter', 'month'];

/** Periods some group owes whose deadline has passed, most recent first (this year and last). */
export function closedPeriods(config: AppConfig, now: Date): Period[] {
  const kinds = KIND_PRIORITY.filter((k) => reportKinds(config.catalog).includes(k));
  const year = Number(localDateOf(now).slice(0, 4));
  return [...periodsOfYear(year - 1, kinds), ...periodsOfYear(year, kinds)]
    .map((p) => ({ p, due: baseDeadline(p, config.calendar).getTime() }))
    .filter(({ due }) => due <= now.getTime())
    .sort((a, b) => b.due - a.due || KIND_PRIORITY.indexOf(a.p.kind) - KIND_PRIORITY.indexOf(b.p.kind))
    .map(({ p }) => p);
}

export function generateSummary(env: Env, periodId?: unknown): GenerateSummaryResult {
  requireScopes(env, [SCOPES.sheet, SCOPES.email, SCOPES.driveFile]); // before any sheet or Drive call
  const email = env.activeEmail();
  if (!email) return { ok: false, errors: [{ field: 'user', message: NO_USER_MESSAGE }] };
  const config = loadConfig(env);
  if (!isAdminEmail(config.settings, email)) return { ok: false, errors: [{ field: 'user', message: notAdminMessage(config.settings) }] };
  const now = env.now();
  const period = periodId === undefined || periodId === null || periodId === ''
    ? closedPeriods(config, now)[0]
    : typeof periodId === 'string' ? parsePeriodId(periodId.trim()) : null;
  if (!period) return { ok: false, errors: [{ field: 'periodId', message: 'Kỳ báo cáo không hợp lệ (ví dụ 2024-Q1, 2024-M03, 2024-H1, 2024-Y).' }] };
  const Drive = driveService(env);

  // The lock guards only the read: submissions appended meanwhile wait for it, never for Drive.
  const lock = env.g.LockService.getScriptLock();
  if (!lock.tryLock(30000)) return { ok: false, errors: [{ field: 'periodId', message: 'Hệ thống đang bận ghi báo cáo của đơn vị khác. Vui lòng thử lại sau ít phút.' }] };
  let records: SubmissionRecord[];
  try {
    records = readDataSheet(env).records;
  } finally {
    lock.releaseLock();
  }
  const folderId = ensureReportFolder(env, config);
  if (folderId === null) return { ok: false, errors: [{ field: 'driveFolderId', message: FOLDER_ERROR }] };
  const inputs = reportSummaries({
    catalog: config.catalog, calendar: config.calendar, period, now, dueSoonDays: config.settings.dueSoonDays, submissions: records,
  });
  const { summary } = inputs;
  const { sheetName } = writeSummarySheet(env.ss(), summaryWithReview(env, summary), config.settings.areaName); // approved vs unreviewed
  protectAdminSheetByName(env, sheetName, config.settings);
  const report = buildReportModel({ ...inputs, settings: config.settings, catalog: config.catalog, issuedAt: now });
  const { docUrl, pdfUrl, docxUrl } = publishReport(report, { Drive, Utilities: env.g.Utilities }, folderId);
  appendAudit(env, { action: 'Tạo báo cáo tổng hợp', target: period.id, detail: `${summary.periodLabel}: ${sheetName}, ${docUrl}` }, email);
  return {
    ok: true, periodId: period.id, periodLabel: summary.periodLabel, sheetName, docUrl, pdfUrl, docxUrl,
    totals: summary.totals, onTime: summary.onTime, late: summary.late, missing: summary.missing,
  };
}
