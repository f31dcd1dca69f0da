// `npm run bench`: service calls and local CPU time of the entry functions for 40 and 400 units
// with a year of data, beside the limit (one read and one write per sheet touched) and beside a
// naive cell-by-cell summary write; then the script lock's held time and cells read under it at
// 5,000 and 50,000 data rows. Options: --units 40,400 --runs 3 --rows 5000,50000.
import os from 'node:os';
import { table } from '../demo/text-table';
import { median } from './measure';
import { CONFIG_CACHE_SECONDS } from '../../server/config/load-config';
import { SUMMARY_PERIOD, benchScale, type ScaleResult } from './run-bench';
import { benchLock, type LockScale } from './lock-bench';

const ms = (x: number): string => x.toFixed(1);

/** Document calls of generateSummary when the report was built with DocumentApp (before the .docx renderer). */
const DOCUMENTAPP_CALLS: Record<number, number> = { 40: 3036, 400: 23196 };
/** Issue 11: the whole report within 10 Document + Drive calls, at any number of units. */
export const REPORT_CALL_LIMIT = 10;

function reportCalls(r: ScaleResult): string {
  const op = r.ops.find((o) => o.name === 'generateSummary');
  if (!op) return '';
  const w = op.warm[op.warm.length - 1] ?? op.cold;
  const old = DOCUMENTAPP_CALLS[r.units];
  return `  generateSummary: Document + Drive = ${w.document} + ${w.drive} = ${w.document + w.drive} lệnh (giới hạn ${REPORT_CALL_LIMIT}; `
    + `lạnh: ${op.cold.document + op.cold.drive})`
    + (old ? `; trước đây, dựng Google Docs bằng DocumentApp: ${old.toLocaleString('vi-VN')} lệnh Document.` : '.');
}
const ratio = (a: number, b: number): string => (b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

function describe(r: ScaleResult): string {
  const rows = r.ops.map((op) => {
    const warm = op.warm[op.warm.length - 1] ?? op.cold;
    return [
      op.name,
      `${op.cold.spreadsheet} / ${warm.spreadsheet}`,
      `${op.cold.limit} / ${warm.limit}`,
      `${ratio(op.cold.spreadsheet, op.cold.limit)} / ${ratio(warm.spreadsheet, warm.limit)}`,
      String(warm.document),
      String(warm.drive),
      ms(op.cold.cpuMs),
      ms(median(op.warm.map((w) => w.cpuMs))),
    ];
  });
  const { batched, naive, cells } = r.summaryWrite;
  return [
    `${r.units} đơn vị, ${r.dataRows} dòng dữ liệu (một năm 2024):`,
    table(['Hàm', 'Spreadsheet lạnh / ấm', 'Giới hạn lạnh / ấm', 'Tỉ lệ lạnh / ấm', 'Document', 'Drive', 'CPU lạnh ms', 'CPU ấm ms'], rows),
    reportCalls(r),
    `  Ghi trang tổng hợp ${SUMMARY_PERIOD} (${cells} ô): theo lô ${batched.spreadsheet} lệnh, ${ms(batched.cpuMs)} ms; `
      + `từng ô ${naive.spreadsheet} lệnh, ${ms(naive.cpuMs)} ms → từng ô tốn ${ratio(naive.spreadsheet, batched.spreadsheet)} số lệnh.`,
    ...r.ops.map((op) => {
      const w = op.warm[op.warm.length - 1] ?? op.cold;
      return `  ${op.name} (ấm): đọc [${w.reads.join(', ')}]; ghi [${w.writes.join(', ')}]`;
    }),
  ].join('\n');
}

function describeLock(r: LockScale): string {
  return [
    `Khóa tập lệnh với ${r.dataRows.toLocaleString('vi-VN')} dòng dữ liệu (40 đơn vị; lần chạy ấm):`,
    table(['Hàm', 'Giữ khóa ms', 'Ô đọc khi giữ khóa', 'Số lần lấy khóa'], r.ops.map((o) => [
      o.name, ms(o.heldMs), o.cellsUnderLock.toLocaleString('vi-VN'), String(o.acquisitions)])),
  ].join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const arg = (name: string, fallback: string) => { const i = args.indexOf(name); return i >= 0 && args[i + 1] ? args[i + 1] : fallback; };
  const scales = arg('--units', '40,400').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const runs = Math.max(1, Number(arg('--runs', '3')) || 3);
  const cpu = os.cpus();
  console.log(`Đo hiệu năng Báo cáo CCHC — dist/Code.js trong node:vm với bảng tính giả lập`);
  console.log(`Máy: ${cpu[0]?.model ?? '?'} × ${cpu.length}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.arch()}, Node ${process.version}`);
  console.log(`Lạnh: bộ nhớ đệm cấu hình trống (lần chạy đầu sau ${CONFIG_CACHE_SECONDS / 60} phút hoặc sau khi sửa cấu hình); ấm: các lần sau. Giới hạn = số trang được đọc + số trang được ghi.`);
  console.log('CPU là thời gian CPU cục bộ (gồm cả bản giả lập), không phải thời gian chạy trên Apps Script; trên Apps Script mỗi lệnh Spreadsheet là một lượt gọi mạng.\n');
  for (const units of scales) console.log(`${describe(benchScale(units, runs))}\n`);
  const rows = arg('--rows', '5000,50000').split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  console.log('Giữ khóa ms là thời gian thực cục bộ giữa lấy và nhả khóa (gồm cả bản giả lập).');
  for (const n of rows) console.log(`${describeLock(benchLock(n))}\n`);
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
}
