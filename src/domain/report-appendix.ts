// The appendix (Phụ lục): one row per unit, grouped, with group subtotal rows and the district
// total. A unit that has not reported shows '—', never 0.
import type { SummaryModel, SummaryRow, SummaryRowStatus } from './summary-types';
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

/** A unit's figure; '' where the indicator is not on its form, '—' where it has not reported. */
function cell(row: SummaryRow, code: string, applies: boolean): string {
  if (!applies) return '';
  const v = row.values[code];
  return v === null || v === undefined ? '—' : formatNumber(v);
}

/** Relative widths: fixed text columns, the rest shared by the indicators. */
function widths(indicatorCount: number): number[] {
  const fixed = [0.04, 0.2, 0.08, 0.11];
  const note = 0.13;
  const rest = 1 - fixed.reduce((a, b) => a + b, 0) - note;
  if (indicatorCount === 0) return [...fixed, note + rest];
  const each = Math.round((rest / indicatorCount) * 10000) / 10000;
  const cols = [...fixed, ...Array<number>(indicatorCount).fill(each)];
  return [...cols, Math.round((1 - cols.reduce((a, b) => a + b, 0)) * 10000) / 10000];
}

export function appendixTable(summary: SummaryModel): ReportTable {
  const inds = summary.indicators;
  const labels = new Map(inds.map((i) => [i.code, i.label]));
  const header = ['STT', 'Đơn vị', 'Tình trạng', 'Thời gian nộp',
    ...inds.map((i) => (i.unitOfMeasure ? `${i.label} (${i.unitOfMeasure})` : i.label)), 'Ghi chú'];
  const rows: string[][] = [];
  const boldRows: number[] = [];
  let stt = 0;
  summary.groups.forEach((g, gi) => {
    const sent = g.rows.filter((r) => r.status === 'on_time' || r.status === 'late').length;
    boldRows.push(rows.length);
    rows.push([roman(gi + 1), g.name, `Đã nộp ${sent}/${g.rows.length}`, '',
      ...inds.map((i) => (i.code in g.subtotal ? formatNumber(g.subtotal[i.code]) : '')), '']);
    for (const r of g.rows) {
      stt += 1;
      rows.push([String(stt), r.unitName, statusLabel(r.status), r.submittedAt ? formatDateTimeVi(r.submittedAt) : '',
        ...inds.map((i) => cell(r, i.code, i.code in g.subtotal)), noteOf(r, labels)]);
    }
  });
  boldRows.push(rows.length);
  rows.push(['', 'Tổng cộng', `Đã nộp ${summary.counts.submitted}/${summary.counts.owed}`, '',
    ...inds.map((i) => formatCount(summary.totals[i.code])), '']);
  if (summary.derived) {
    rows.push(['', 'Tổng hợp từ báo cáo các quý', '', '', ...inds.map((i) => formatCount(summary.derived?.totals[i.code])),
      summary.derived.mismatches.length ? `${summary.derived.mismatches.length} số liệu chưa khớp` : 'Khớp số liệu']);
  }
  return {
    header,
    rows,
    widths: widths(inds.length),
    boldRows,
    numericColumns: inds.map((_, i) => 4 + i),
  };
}
