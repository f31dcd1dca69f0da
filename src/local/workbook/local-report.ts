// The official report of a period, locally. generateSummary itself puts the Google Doc, the
// .docx and the PDF into the fake Drive (the PDF rendered from the uploaded .docx by
// LibreOffice); these helpers fetch those files by the URLs it returned, and rebuild the same
// report model from the workbook's sheets with the server's own readers, for cross-checks.
import type { FakeServices } from '../fakes';
import { createEnv, type AppsScriptGlobals } from '../../server/env';
import { readConfigFromSheets } from '../../server/config/load-config';
import { readDataSheet } from '../../server/storage/submissions';
import { buildReportModel } from '../../domain/report';
import { reportSummaries } from '../../domain/report-inputs';
import { parsePeriodId } from '../../domain/periods';
import type { SummaryModel } from '../../domain/summary-types';
import type { ReportDocument } from '../../domain/report-types';

export interface LocalReport {
  summary: SummaryModel;
  document: ReportDocument;
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
  return { summary, document };
}

/** The Drive file id in a webViewLink (…/file/d/<id>/view, …/document/d/<id>/edit). */
export function driveIdOf(url: string): string {
  const m = /\/d\/([^/?#]+)/.exec(url);
  if (!m) throw new Error(`không phải đường dẫn tệp Drive: ${url}`);
  return m[1];
}

export interface ReportFileBytes { name: string; bytes: Uint8Array }

/** The bytes of a binary file generateSummary stored (the .docx, the PDF). */
export function driveFileBytes(services: FakeServices, url: string): ReportFileBytes {
  const id = driveIdOf(url);
  const file = services.drive.files().find((f) => f.id === id);
  if (!file?.bytes) throw new Error(`không có tệp ${id} trên Drive giả lập`);
  return { name: file.name, bytes: file.bytes };
}
