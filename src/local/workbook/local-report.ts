// The official report of a period, locally: the same summary and report document model the
// server's generateSummary renders to a Google Doc, read from the local workbook's sheets with the server's own
// readers, rendered to HTML and printed to PDF by headless Chromium.
import type { Browser } from 'playwright-core';
import type { FakeServices } from '../fakes';
import { createEnv, type AppsScriptGlobals } from '../../server/env';
import { readConfigFromSheets } from '../../server/config/load-config';
import { readDataSheet } from '../../server/storage/submissions';
import { buildReportModel } from '../../domain/report';
import { reportSummaries } from '../../domain/report-inputs';
import { parsePeriodId } from '../../domain/periods';
import type { SummaryModel } from '../../domain/summary-types';
import type { ReportDocument } from '../../domain/report-types';
import { renderReportHtml } from '../report/render-html';
import { printPdf } from '../report/print-pdf';

export interface LocalReport {
  summary: SummaryModel;
  document: ReportDocument;
  html: string;
}

/** The summary and report model of `periodId` as of the workbook's clock. */
export function buildLocalReport(services: FakeServices, periodId: string): LocalReport {
  const period = parsePeriodId(periodId);
  if (!period) throw new Error(`Kỳ báo cáo không hợp lệ: ${periodId}`);
  const env = createEnv(services.globals as unknown as AppsScriptGlobals, () => services.clock.now());
  const { catalog, calendar, settings } = readConfigFromSheets(env);
  const { records } = readDataSheet(env);
  const now = services.clock.now();
  // As generateSummary does: the same inputs, no comparison with a period nobody reported for.
  const inputs = reportSummaries({ catalog, calendar, period, now, dueSoonDays: settings.dueSoonDays, submissions: records });
  const { summary } = inputs;
  const document = buildReportModel({ ...inputs, settings, catalog, issuedAt: now });
  return { summary, document, html: renderReportHtml(document) };
}

/** Writes the report's PDF to `outPath`. */
export async function writeLocalReportPdf(report: LocalReport, outPath: string, browser?: Browser): Promise<{ path: string; bytes: number }> {
  return printPdf(report.html, outPath, { browser });
}
