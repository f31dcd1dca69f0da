// The June and December 2024 seasons of the demo, for the chosen preset: played (after a whole
// 2023, so the reports compare with the same period last year), checked (seasons-checks.ts), and
// written to the output folder as the office would keep them: each report's .docx and PDF as
// generateSummary left them on the (fake) Drive, and its summary sheet as .csv.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Preset } from '../../domain/presets';
import { formatCount } from '../../domain/report-format';
import { summarySheetName } from '../../server/summary/write-summary-sheet';
import { driveFileBytes } from '../workbook/local-report';
import { playSeasons, type SeasonsResult } from './scenario-seasons';
import { checkSeasons } from './seasons-checks';
import { writeSheetCsv } from './sheet-export';
import { table } from './text-table';

export interface SeasonsDemo {
  result: SeasonsResult;
  files: string[];
  /** What the checks found, to print. */
  facts: string[];
}

export function runSeasonsDemo(preset: Preset, outDir: string, options: { pdf?: 'libreoffice' | 'stand-in' } = {}): SeasonsDemo {
  mkdirSync(outDir, { recursive: true });
  const result = playSeasons(preset, options);
  const facts = checkSeasons(result);
  const files: string[] = [];
  for (const [id, season] of [['2024-H1', result.june], ['2024-Y', result.december]] as const) {
    const write = (name: string, bytes: Uint8Array | string): void => {
      const file = path.join(outDir, name);
      writeFileSync(file, bytes);
      files.push(file);
    };
    write(`bao-cao-${id}.docx`, driveFileBytes(result.wb.services, season.summary.docxUrl).bytes);
    write(`bao-cao-${id}.pdf`, driveFileBytes(result.wb.services, season.summary.pdfUrl).bytes);
    const csv = path.join(outDir, `tong-hop-${id}.csv`);
    writeSheetCsv(result.wb.services.spreadsheet.sheet(summarySheetName(id)), 'Asia/Ho_Chi_Minh', csv);
    files.push(csv);
  }
  return { result, files, facts };
}

/** The seasons' part of the demo's printout. */
export function seasonsReport(d: SeasonsDemo): string {
  const { result } = d;
  const lines = [`Mùa báo cáo tháng 6 và tháng 12/2024 — bộ cấu hình "${result.preset.label}" (cả năm 2023 để so sánh cùng kỳ)`, ''];
  for (const season of [result.june, result.december]) {
    const s = season.report.summary;
    lines.push(`${s.periodLabel}: ${s.counts.submitted}/${s.counts.owed} đơn vị đã nộp, ${s.counts.late} muộn, ${s.counts.missing} chưa nộp; `
      + `thiếu số liệu quý: ${(s.incomplete ?? []).join(', ') || 'không'}`);
    lines.push(table(['Chỉ tiêu', 'Tổng (từ các quý)'], s.indicators.map((ind) => [ind.label, formatCount(s.totals[ind.code])])), '');
  }
  lines.push('Kiểm tra:', ...d.facts.map((f) => `  ${f}`));
  return lines.join('\n');
}
