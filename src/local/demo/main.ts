// `npm run demo`: runs the whole product headless and writes out/: a simulated 2024-Q1 (the
// Cẩm Xuyên 2024 preset's units), then the June and December 2024 seasons after a whole 2023
// with the chosen preset. Options: --out DIR (default out/), --preset ID (or DEMO_PRESET;
// cam-xuyen-2024 by default, tinh-2025), --seasons-only. Exits non-zero on any failure.
import { statSync } from 'node:fs';
import path from 'node:path';
import { formatJavaDate } from '../fakes/format-date';
import { parsePeriodId, periodLabel } from '../../domain/periods';
import { formatNumber } from '../../domain/report-format';
import { ADMIN } from '../workbook/people';
import { runDemo, type DemoResult } from './run-demo';
import { writeIncomingView } from './incoming-view';
import { table } from './text-table';
import { DEMO_CAST, DEMO_PERIOD, DEMO_PREVIOUS, DEMO_START } from './scenario';
import { demoPreset } from './scenario-seasons';
import { runSeasonsDemo, seasonsReport } from './run-seasons';
import { DEFAULT_PRESET } from '../../domain/presets';

const when = (iso: string | Date): string => formatJavaDate(new Date(iso).getTime(), 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm');

function label(periodId: string): string {
  const p = parsePeriodId(periodId);
  return p ? periodLabel(p) : periodId;
}

function report(r: DemoResult, outDir: string): string {
  const quarter = r.submissions.filter((s) => s.periodId === DEMO_PERIOD);
  const months = r.submissions.filter((s) => /-M\d\d$/.test(s.periodId));
  const previous = r.submissions.filter((s) => s.periodId === DEMO_PREVIOUS);
  const timely = (s: (typeof quarter)[number]) => (s.result.ok ? s.result.timeliness : '');
  const q = r.check.periods.find((p) => p.periodId === DEMO_PERIOD);
  const steps: string[][] = [
    [when(DEMO_START), ADMIN, 'Cài đặt (setup) + gán email các đơn vị', `${r.setupSheets.length} trang; trigger: ${r.wb.services.triggers.records().map((t) => t.handler).join(', ')}`],
    ['05–13/12/2023', `${previous.length} văn thư đơn vị`, `Nộp ${label(DEMO_PREVIOUS)} (để so sánh)`, `${previous.filter((s) => timely(s) === 'on_time').length} đúng hạn`],
    ['01–03/2024', `${new Set(months.map((s) => s.unitCode)).size} đơn vị báo cáo tháng`, 'Nộp báo cáo tháng 1, 2, 3', `${months.length} lần nộp, ${months.filter((s) => timely(s) === 'on_time').length} đúng hạn`],
    ['05–17/03/2024', `${new Set(quarter.map((s) => s.unitCode)).size} văn thư đơn vị`, `Nộp ${label(DEMO_PERIOD)} (submitReport)`, `${quarter.length} lần nộp, ${quarter.filter((s) => timely(s) === 'on_time').length} đúng hạn`],
    ...quarter.filter((s) => s.result.ok && (s.result.revision > 1 || s.result.timeliness === 'late')).map((s) => [
      when(s.at), s.by, s.result.ok && s.result.revision > 1 ? 'Sửa báo cáo (lần 2)' : 'Nộp sau hạn', s.result.ok && s.result.timeliness === 'late' ? 'Nộp muộn' : 'Đúng hạn']),
    ['', '', `Không phát sinh: ${DEMO_CAST.nothingToReport}`, 'số liệu ghi 0'],
    ['', '', `Không nộp: ${DEMO_CAST.missing.join(', ')}`, ''],
    [when(r.check.checkedAt), `Trigger (${ADMIN})`, 'Kiểm tra hằng ngày (checkLateness)', q ? `${q.onTime.length} đúng hạn, ${q.late.length} muộn, ${q.missing.length} quá hạn chưa nộp; ${r.check.emailsSent} email` : `${r.check.emailsSent} email`],
    [when(r.wb.now()), ADMIN, 'Tạo báo cáo tổng hợp (generateSummary)', `trang "${r.summary.sheetName}": ${r.summary.onTime.length} đúng hạn, ${r.summary.late.length} muộn, ${r.summary.missing.length} chưa nộp`],
  ];
  const totals = Object.entries(r.summary.totals).map(([code, n]) => [code, r.indicatorLabels[code] ?? '', formatNumber(n)]);
  const files = Object.values(r.files).filter((f): f is string => !!f)
    .map((f) => [path.relative(process.cwd(), f) || f, `${formatNumber(Math.ceil(statSync(f).size / 1024))} KB`]);
  return [
    `Demo Báo cáo CCHC — ${label(DEMO_PERIOD)}, huyện Cẩm Xuyên (dữ liệu giả lập, chạy dist/Code.js thật trên bảng tính giả lập)`,
    '', table(['Thời điểm', 'Ai', 'Việc', 'Kết quả'], steps),
    '', `Tổng hợp ${label(DEMO_PERIOD)} theo chỉ tiêu (đơn vị đã nộp):`, table(['Mã', 'Chỉ tiêu', 'Tổng'], totals),
    '', `Tệp đã ghi vào ${outDir}:`, table(['Tệp', 'Cỡ'], files),
    ...r.warnings.map((w) => `\nCảnh báo: ${w}`),
  ].join('\n');
}

const fileRows = (files: string[]): string[][] => files
  .map((f) => [path.relative(process.cwd(), f) || f, `${formatNumber(Math.ceil(statSync(f).size / 1024))} KB`]);

async function main(): Promise<void> {
  const started = Date.now();
  const args = process.argv.slice(2);
  const i = args.indexOf('--out');
  const outDir = path.resolve(i >= 0 && args[i + 1] ? args[i + 1] : 'out');
  const shown = path.relative(process.cwd(), outDir) || outDir;
  const preset = demoPreset(args);
  // The Q1 season's cast names Cẩm Xuyên's units; the seasons below run with any preset.
  if (preset.id === DEFAULT_PRESET.id && !args.includes('--seasons-only')) {
    const result = await runDemo(outDir);
    console.log(report(result, shown));
    const incoming = writeIncomingView(result.wb, outDir); // what Trung tâm VH-TT sees from the CCHC departments
    if (incoming) console.log(`\n${incoming.text}(${path.relative(process.cwd(), incoming.file)})`);
  } else console.log(`Bỏ qua mùa Quý I/2024 (kịch bản theo các đơn vị của bộ cấu hình "${DEFAULT_PRESET.label}").`);
  const seasons = runSeasonsDemo(preset, outDir);
  console.log(['', seasonsReport(seasons), '', `Tệp đã ghi vào ${shown}:`, table(['Tệp', 'Cỡ'], fileRows(seasons.files))].join('\n'));
  console.log(`\nThời gian chạy: ${((Date.now() - started) / 1000).toFixed(1).replace(".", ",")} giây.`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
