// The appendix (Phụ lục): one table per unit group, holding only the indicators that apply to
// that group (a commune's row has no column for the centres' indicators), the group's subtotal
// as its last row; then one table of totals by indicator and group. A unit that has not
// reported shows '—', never 0.
import type { SummaryGroup, SummaryModel, SummaryRow, SummaryRowStatus } from './summary-types';
import type { ReportTable } from './report-types';
import { formatDateTimeVi } from './time';
import { formatCount, formatNumber } from './report-format';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];

export function statusLabel(status: SummaryRowStatus): string {
  switch (status) {
    case 'on_time': return 'Đúng hạn';
    case 'late': return 'Nộp muộn';
    case 'missing': return 'Chưa nộp';
    case 'not_due': return 'Chưa đến hạn';
  }
}

function roman(n: number): string {
  return ROMAN[n - 1] ?? String(n);
}

function noteOf(row: SummaryRow, labels: Map<string, string>): string {
  const parts: string[] = [];
  if (row.nothingToReport && (row.status === 'on_time' || row.status === 'late')) parts.push('Không phát sinh');
  if (row.revision !== null && row.revision > 1) parts.push(`Lần nộp ${row.revision}${row.revisedLate ? ', sửa sau hạn' : ''}`);
  if (row.mismatches.length) parts.push(`Lệch tổng các quý: ${row.mismatches.map((c) => labels.get(c) ?? c).join(', ')}`);
  if (row.note.trim()) parts.push(row.note.trim());
  return parts.join('; ');
}

/** A unit's figure; '—' where it has not reported. */
function cell(row: SummaryRow, code: string): string {
  // A unit that files one report a quarter and missed one: its 6-month/year figure is unknown.
  if (row.missingQuarters?.length && (row.status === 'on_time' || row.status === 'late')) return 'thiếu số liệu';
  const v = row.values[code];
  return v === null || v === undefined ? '—' : formatNumber(v);
}

const round4 = (n: number): number => Math.round(n * 10000) / 10000;

/**
 * Relative widths of a group's table: STT, unit, status, time, the indicators, the note. An
 * indicator column never takes more than MAX_FIGURE; what a short form leaves goes to the
 * unit's name and the note.
 */
const MAX_FIGURE = 0.08;
export function groupWidths(indicatorCount: number): number[] {
  const stt = 0.04;
  const status = 0.075;
  const time = 0.085;
  let name = 0.16;
  let note = 0.2;
  const rest = 1 - stt - name - status - time - note;
  const each = indicatorCount ? Math.min(MAX_FIGURE, rest / indicatorCount) : 0;
  const spare = rest - each * indicatorCount;
  name += spare * 0.4;
  note += spare * 0.6;
  const cols = [stt, name, status, time, ...Array<number>(indicatorCount).fill(each)].map(round4);
  return [...cols, round4(1 - cols.reduce((a, b) => a + b, 0))];
}

function submittedOf(g: SummaryGroup): number {
  return g.rows.filter((r) => r.status === 'on_time' || r.status === 'late').length;
}

function groupTable(summary: SummaryModel, g: SummaryGroup, index: number, firstStt: number, labels: Map<string, string>): ReportTable {
  const inds = summary.indicators.filter((i) => i.code in g.subtotal);
  const rows = g.rows.map((r, i) => [String(firstStt + i), r.unitName, statusLabel(r.status),
    r.submittedAt ? formatDateTimeVi(r.submittedAt) : '', ...inds.map((ind) => cell(r, ind.code)), noteOf(r, labels)]);
  rows.push(['', `Cộng ${g.name}`, `Đã nộp ${submittedOf(g)}/${g.rows.length}`, '', ...inds.map((i) => formatNumber(g.subtotal[i.code])), '']);
  return {
    caption: `${roman(index + 1)}. ${g.name}`,
    header: ['STT', 'Đơn vị', 'Tình trạng', 'Thời gian nộp', ...inds.map((i) => (i.unitOfMeasure ? `${i.label} (${i.unitOfMeasure})` : i.label)), 'Ghi chú'],
    rows,
    widths: groupWidths(inds.length),
    boldRows: [rows.length - 1],
    numericColumns: inds.map((_, i) => 4 + i),
  };
}

/** Indicators down the side, groups across, the district total (and, for 6 months and a year, the quarters' sum) last. */
function totalsTable(summary: SummaryModel, groups: SummaryGroup[], index: number): ReportTable {
  const derived = summary.derived;
  const header = ['STT', 'Chỉ tiêu', ...groups.map((g) => g.name), 'Tổng cộng', ...(derived ? ['Tổng hợp từ báo cáo các quý'] : [])];
  const rows: string[][] = [['', 'Số đơn vị đã nộp', ...groups.map((g) => `${submittedOf(g)}/${g.rows.length}`),
    `${summary.counts.submitted}/${summary.counts.owed}`,
    ...(derived ? [derived.mismatches.length ? `${derived.mismatches.length} số liệu chưa khớp` : 'Khớp số liệu'] : [])]];
  summary.indicators.forEach((i, n) => rows.push([String(n + 1), i.unitOfMeasure ? `${i.label} (${i.unitOfMeasure})` : i.label,
    ...groups.map((g) => (i.code in g.subtotal ? formatNumber(g.subtotal[i.code]) : '')),
    formatCount(summary.totals[i.code]), ...(derived ? [formatCount(derived.totals[i.code])] : [])]));
  const figures = groups.length + 1 + (derived ? 1 : 0);
  const each = round4(Math.min(0.12, 0.66 / figures));
  const label = round4(1 - 0.04 - each * figures);
  return {
    caption: `${roman(index + 1)}. Tổng hợp theo chỉ tiêu và nhóm đơn vị`,
    header,
    rows,
    widths: [0.04, label, ...Array<number>(figures).fill(each)],
    boldRows: [0],
    numericColumns: Array.from({ length: figures }, (_, k) => 2 + k),
  };
}

export function appendixTables(summary: SummaryModel): ReportTable[] {
  const labels = new Map(summary.indicators.map((i) => [i.code, i.label]));
  const groups = summary.groups.filter((g) => g.rows.length > 0);
  const tables: ReportTable[] = [];
  let stt = 1;
  groups.forEach((g, gi) => {
    tables.push(groupTable(summary, g, gi, stt, labels));
    stt += g.rows.length;
  });
  tables.push(totalsTable(summary, groups, groups.length));
  return tables;
}
