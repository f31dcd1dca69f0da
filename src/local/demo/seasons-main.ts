// `npm run demo:seasons [-- --preset tinh-2025] [--out DIR]` (or DEMO_PRESET=...): setup with the
// chosen preset, a whole 2023 and the June and December 2024 seasons through dist/Code.js, then
// the two reports ("Quý II và 6 tháng đầu năm 2024", "Quý IV và năm 2024") as .docx and PDF (the
// same renderer as generateSummary, printed by LibreOffice) and
// their summary sheets as CSV in out/seasons/<preset>/. Exits non-zero on any failure.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatCount } from '../../domain/report-format';
import { renderDocxParts } from '../../domain/docx/package';
import { zipDocxParts } from '../report/docx-zip';
import { docxToPdfSync } from '../report/exporters';
import { demoPreset, playSeasons } from './scenario-seasons';
import { writeSheetCsv } from './sheet-export';
import { table } from './text-table';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const preset = demoPreset(args);
  const i = args.indexOf('--out');
  const outDir = path.resolve(i >= 0 && args[i + 1] ? args[i + 1] : path.join('out', 'seasons', preset.id));
  const r = playSeasons(preset);
  mkdirSync(outDir, { recursive: true });
  const lines: string[] = [`Demo mùa báo cáo 2024 — bộ cấu hình "${preset.label}" (dữ liệu giả lập, dist/Code.js thật)`, ''];
  for (const [id, season] of [['2024-H1', r.june], ['2024-Y', r.december]] as const) {
    const s = season.report.summary;
    const docx = zipDocxParts(renderDocxParts(season.report.document));
    writeFileSync(path.join(outDir, `bao-cao-${id}.docx`), docx);
    writeFileSync(path.join(outDir, `bao-cao-${id}.pdf`), docxToPdfSync(docx));
    writeSheetCsv(r.wb.services.spreadsheet.sheet(`TH ${id}`), 'Asia/Ho_Chi_Minh', path.join(outDir, `tong-hop-${id}.csv`));
    lines.push(`${s.periodLabel}: ${s.counts.submitted}/${s.counts.owed} đơn vị đã nộp, ${s.counts.late} muộn, ${s.counts.missing} chưa nộp; `
      + `thiếu số liệu quý: ${(s.incomplete ?? []).join(', ') || 'không'}`);
    lines.push(table(['Chỉ tiêu', 'Tổng (từ các quý)'], s.indicators.map((ind) => [ind.label, formatCount(s.totals[ind.code])])), '');
  }
  lines.push(`Tệp đã ghi vào ${path.relative(process.cwd(), outDir) || outDir}`);
  console.log(lines.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
