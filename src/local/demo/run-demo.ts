// The demo, headless: a fresh workbook set up by the admin, a 2024-Q1 season submitted by the
// officers, the daily lateness check after the deadline, the summary by the admin, and the
// files an office would keep: the summary sheet (.xlsx, .csv), the report PDF, the status
// sheet (.csv) and the outbox. The report's .docx and PDF are the files generateSummary put on
// (fake) Drive: the PDF is LibreOffice's rendering of that .docx. Throws on any failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalWorkbook, type TriggerRun } from '../workbook/local-workbook';
import { ADMIN } from '../workbook/people';
import { buildLocalReport, driveFileBytes } from '../workbook/local-report';
import { formatJavaDate } from '../fakes/format-date';
import { SHEETS } from '../../server/sheets/names';
import { DEMO_CHECK_AT, DEMO_PERIOD, DEMO_START, DEMO_SUMMARY_AT, playQuarter, type Submission } from './scenario';
import { SUMMARY_PRINT, loadExcelJs, writeSheetCsv, writeSheetXlsx } from './sheet-export';
import { HEADER_ROW } from '../../server/summary/summary-grid';

const TZ = 'Asia/Ho_Chi_Minh';

export interface LatenessResult { checkedAt: string; periods: { periodId: string; dueSoon: string[]; late: string[]; missing: string[]; onTime: string[] }[]; emailsSent: number }
export interface SummaryResult {
  ok: boolean; periodId: string; periodLabel: string; sheetName: string; docUrl: string; pdfUrl: string; docxUrl: string;
  totals: Record<string, number>; onTime: string[]; late: string[]; missing: string[];
  errors?: { field: string; message: string }[];
}

export interface DemoFiles { xlsx: string | null; summaryCsv: string; docx: string; pdf: string; statusCsv: string; outboxText: string; outboxJson: string }

export interface DemoResult {
  wb: LocalWorkbook;
  setupSheets: string[];
  submissions: Submission[];
  check: LatenessResult;
  summary: SummaryResult;
  indicatorLabels: Record<string, string>;
  files: DemoFiles;
  warnings: string[];
}

function fail(message: string): never {
  throw new Error(`Demo thất bại: ${message}`);
}

function outboxText(wb: LocalWorkbook): string {
  return wb.services.outbox.map((m, i) => [
    `===== Thư ${i + 1} =====`,
    `Ngày: ${formatJavaDate(m.at.getTime(), TZ, 'dd/MM/yyyy HH:mm')} (giờ Việt Nam)`,
    `Người gửi (tên hiển thị): ${m.name ?? ''}`,
    `Đến: ${m.to}`, ...(m.cc ? [`Cc: ${m.cc}`] : []), ...(m.bcc ? [`Bcc: ${m.bcc}`] : []),
    `Tiêu đề: ${m.subject}`, '', m.body, '',
  ].join('\n')).join('\n');
}

function dailyCheck(runs: TriggerRun[]): LatenessResult {
  const run = runs.find((r) => r.handler === 'checkLateness');
  if (!run) fail('setup() không cài trigger checkLateness chạy hằng ngày.');
  if (!run.ok) fail(`checkLateness lỗi: ${run.error}`);
  return run.result as LatenessResult;
}

export async function runDemo(outDir: string): Promise<DemoResult> {
  const warnings: string[] = [];
  // An unusable output folder fails at once, before the season is played and the report rendered.
  mkdirSync(outDir, { recursive: true });
  const wb = new LocalWorkbook({ now: DEMO_START });
  wb.install();
  const setupSheets = wb.services.spreadsheet.sheetNames();

  const submissions = playQuarter(wb);

  // The installed time-driven trigger, run as Google would: as its owner, without a UI.
  wb.services.clock.set(DEMO_CHECK_AT);
  const check = dailyCheck(wb.runClockTriggers());

  wb.services.clock.set(DEMO_SUMMARY_AT);
  wb.as(ADMIN);
  const summary = wb.call<SummaryResult>('generateSummary', DEMO_PERIOD);
  if (!summary.ok) fail(`generateSummary: ${(summary.errors ?? []).map((e) => e.message).join('; ')}`);

  // The model rebuilt from the sheets must carry the totals the server reported.
  const report = buildLocalReport(wb.services, DEMO_PERIOD);
  for (const [code, total] of Object.entries(summary.totals)) {
    if (report.summary.totals[code] !== total) fail(`tổng ${code} của mô hình báo cáo (${report.summary.totals[code]}) khác tổng của generateSummary (${total}).`);
  }

  const out = (name: string) => path.join(outDir, name);
  const ss = wb.services.spreadsheet;
  const summarySheet = ss.sheet(summary.sheetName);
  const files: DemoFiles = {
    xlsx: out(`tong-hop-${DEMO_PERIOD}.xlsx`), summaryCsv: out(`tong-hop-${DEMO_PERIOD}.csv`),
    docx: out(`bao-cao-${DEMO_PERIOD}.docx`), pdf: out(`bao-cao-${DEMO_PERIOD}.pdf`),
    statusCsv: out('trang-thai-nop-bao-cao.csv'), outboxText: out('hop-thu-di.txt'), outboxJson: out('hop-thu-di.json'),
  };
  const excel = loadExcelJs();
  if (excel) await writeSheetXlsx(excel, summarySheet, files.xlsx as string, { ...SUMMARY_PRINT, repeatRow: HEADER_ROW });
  else {
    warnings.push('Chưa cài gói exceljs: bỏ qua tệp .xlsx (npm ci sẽ cài khi gói có trong package.json).');
    files.xlsx = null;
  }
  writeSheetCsv(summarySheet, TZ, files.summaryCsv);
  writeSheetCsv(ss.sheet(SHEETS.status), TZ, files.statusCsv);
  writeFileSync(files.docx, driveFileBytes(wb.services, summary.docxUrl).bytes);
  writeFileSync(files.pdf, driveFileBytes(wb.services, summary.pdfUrl).bytes);
  writeFileSync(files.outboxText, outboxText(wb), 'utf8');
  writeFileSync(files.outboxJson, `${JSON.stringify(wb.services.outbox, null, 2)}\n`, 'utf8');

  const indicatorLabels = Object.fromEntries(report.summary.indicators.map((i) => [i.code, i.label]));
  return { wb, setupSheets, submissions, check, summary, indicatorLabels, files, warnings };
}
