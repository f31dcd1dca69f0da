// The summary sheet as plain 2-D arrays (values and formats), so the writer can send each with
// one Spreadsheet call. Layout only: every number comes from the SummaryModel.
import type { SummaryModel, SummaryRow, SummaryRowStatus } from '../../domain/summary-types';
import { formatPercent } from '../../domain/report-format';
import { neutralizeFormula } from '../../domain/text';
import { formatDateTimeVi } from '../../domain/time';

/** Column of the submission time (0-based). */
export const SUBMITTED_AT_COLUMN = 3;

export type Cell = string | number | Date;
type Align = 'left' | 'center' | 'right';

export const SUMMARY_TITLE = 'TỔNG HỢP KẾT QUẢ TUYÊN TRUYỀN CCHC';
export const STATUS_LABELS: Record<SummaryRowStatus, string> = {
  on_time: 'Đúng hạn', late: 'Nộp muộn', missing: 'Chưa nộp', not_due: 'Chưa đến hạn',
};
export const COLORS = {
  none: '#ffffff', header: '#d9e2f3', group: '#eeeeee', subtotal: '#f3f3f3', total: '#d9d9d9',
  met: '#d9ead3', missed: '#f4cccc', mismatch: '#ffe599',
} as const;
export const NUMBER_FORMAT = '#,##0';
export const TEXT_FORMAT = '@';
/** 'Thời gian nộp' is a real date-time, shown in the spreadsheet's zone (Asia/Ho_Chi_Minh). */
export const DATE_TIME_FORMAT = 'dd/MM/yyyy HH:mm';
/** Rows above the header: title, period, generation time, a blank line. */
export const HEADER_ROW = 5;

export interface SummaryGrid {
  values: Cell[][];
  backgrounds: string[][];
  weights: ('bold' | 'normal')[][];
  formats: string[][];
  alignments: Align[][];
  /** 1-based column layout, for widths. */
  columns: { fixed: number; indicators: number; derived: number; note: number; answers?: number };
}

const ROMAN: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
export function roman(n: number): string {
  let out = '';
  for (const [value, digits] of ROMAN) while (n >= value) { out += digits; n -= value; }
  return out;
}

const text = (s: string): string => (s ? neutralizeFormula(s) : '');
export const MISSING_DATA = 'thiếu số liệu';
/** A yes/no answer as 'Có'/'Không', a text answer as typed (neutralised), nothing when left empty. */
const answerCell = (v: string | boolean | null): string => (v === true ? 'Có' : v === false ? 'Không' : v === null ? '' : text(v));
const num = (n: number | null | undefined): Cell => (n === null || n === undefined ? '' : n);

function rowNote(r: SummaryRow, m: SummaryModel): string {
  const label = (code: string) => m.indicators.find((i) => i.code === code)?.label ?? code;
  return [
    r.nothingToReport ? 'Không phát sinh' : '',
    r.revisedLate ? 'Bổ sung, sửa sau hạn' : '',
    r.mismatches.length ? `Khác với cộng từ các quý: ${r.mismatches.map(label).join(', ')}` : '',
    r.missingQuarters?.length && r.status !== 'missing' ? `Thiếu báo cáo ${r.missingQuarters.join(', ')}: chưa cộng được số liệu` : '',
    r.note,
  ].filter(Boolean).join('; ');
}

/** 'Tổng cộng toàn huyện' / 'Tổng cộng toàn tỉnh' from the settings' area; 'Tổng cộng' without one. */
export function grandTotalLabel(areaName: string): string {
  const area = areaName.normalize('NFC').trim();
  return area ? `Tổng cộng toàn ${area}` : 'Tổng cộng';
}

/** `areaName` names the whole in the grand total's row (settings: Địa bàn tổng hợp). */
export function buildSummaryGrid(m: SummaryModel, areaName: string): SummaryGrid {
  const codes = m.indicators.map((i) => i.code);
  const derivedCodes = m.derived ? codes : [];
  // Yes/no and text answers (the reporter, descriptions, the qualitative answers) after the numbers.
  const answers = m.answerIndicators ?? [];
  const width = 5 + codes.length + derivedCodes.length + answers.length + 1;
  const g: SummaryGrid = {
    values: [], backgrounds: [], weights: [], formats: [], alignments: [],
    columns: { fixed: 5, indicators: codes.length, derived: derivedCodes.length, note: 1, answers: answers.length },
  };
  const firstAnswer = 5 + codes.length + derivedCodes.length;
  const targets = new Map(m.targets.map((t) => [`${t.unitCode}|${t.indicatorCode}`, t.met]));
  const firstNumber = 5;
  const firstDerived = firstNumber + codes.length;

  /** Appends one row; numbers go in the indicator columns, text elsewhere. */
  const push = (cells: Cell[], kind: 'title' | 'header' | 'group' | 'unit' | 'subtotal' | 'total' | 'plain') => {
    const row = Array.from({ length: width }, (_, i) => cells[i] ?? '');
    const bold = kind !== 'unit' && kind !== 'plain';
    const bg = ({ header: COLORS.header, group: COLORS.group, subtotal: COLORS.subtotal, total: COLORS.total } as Record<string, string>)[kind] ?? COLORS.none;
    const isNum = (i: number) => kind !== 'header' && kind !== 'title' && kind !== 'plain' && i >= firstNumber && i < firstAnswer;
    g.values.push(row);
    g.backgrounds.push(row.map(() => bg));
    g.weights.push(row.map(() => (bold ? 'bold' : 'normal')));
    g.formats.push(row.map((_, i) => (isNum(i) ? NUMBER_FORMAT : kind === 'unit' && (i === 0 || i === 4) ? '0'
      : kind === 'unit' && i === SUBMITTED_AT_COLUMN ? DATE_TIME_FORMAT : TEXT_FORMAT)));
    const centred = (i: number) => kind === 'header' || (kind !== 'title' && kind !== 'plain' && (i === 0 || i === 4 || (kind === 'unit' && i === SUBMITTED_AT_COLUMN)));
    g.alignments.push(row.map((_, i) => (centred(i) ? 'center' : isNum(i) ? 'right' : 'left')));
    return g.values.length - 1;
  };

  push([SUMMARY_TITLE], 'title');
  push([text(`Kỳ báo cáo: ${m.periodLabel}`)], 'title');
  push([`Thời điểm tổng hợp: ${formatDateTimeVi(m.generatedAt)}`], 'plain');
  push([], 'plain');
  const header: Cell[] = ['TT', 'Đơn vị', 'Tình trạng', 'Thời gian nộp', 'Lần nộp',
    ...m.indicators.map((i) => text(i.unitOfMeasure ? `${i.label} (${i.unitOfMeasure})` : i.label)),
    ...(m.derived ? m.indicators.map((i) => text(`Cộng từ các quý: ${i.label}`)) : []),
    ...answers.map((a) => text(a.label)),
    'Ghi chú'];
  push(header, 'header');

  let index = 0;
  m.groups.forEach((group, gi) => {
    push([roman(gi + 1), text(group.name)], 'group');
    for (const r of group.rows) {
      const submitted = r.status !== 'missing' && r.status !== 'not_due';
      // A unit that files one report a quarter and missed one has no 6-month/year figure.
      const unknown = submitted && !!r.missingQuarters?.length;
      const applies = new Set(Object.keys(r.answers ?? {}));
      const at = push([
        ++index, text(r.unitName), STATUS_LABELS[r.status], r.submittedAt ?? '',
        r.revision ?? '', ...codes.map((c) => (unknown ? MISSING_DATA : submitted ? num(r.values[c]) : '')),
        ...derivedCodes.map((c) => num(r.derived?.[c])),
        ...answers.map((a) => (applies.has(a.code) ? answerCell(r.answers?.[a.code] ?? null) : '')), text(rowNote(r, m)),
      ], 'unit');
      codes.forEach((c, k) => {
        const met = targets.get(`${r.unitCode}|${c}`);
        if (met !== undefined) g.backgrounds[at][firstNumber + k] = met ? COLORS.met : COLORS.missed;
        else if (r.mismatches.includes(c)) g.backgrounds[at][firstNumber + k] = COLORS.mismatch;
      });
      derivedCodes.forEach((c, k) => {
        if (r.mismatches.includes(c)) g.backgrounds[at][firstDerived + k] = COLORS.mismatch;
      });
    }
    push(['', text(`Cộng ${group.name}`), '', '', '', ...codes.map((c) => num(group.subtotal[c]))], 'subtotal');
  });
  push(['', text(grandTotalLabel(areaName)), '', '', '', ...codes.map((c) => num(m.totals[c])),
    ...derivedCodes.map((c) => num(m.derived?.totals[c]))], 'total');

  const k = m.counts;
  push([], 'plain');
  push([`Đã nộp ${k.submitted}/${k.owed} đơn vị (đúng hạn ${k.onTime}, nộp muộn ${k.late}); chưa nộp ${k.missing}`
    + `${k.notDue ? `; chưa đến hạn ${k.notDue}` : ''}; tỷ lệ đúng hạn: ${m.onTimeRate === null ? '—' : formatPercent(m.onTimeRate)}.`], 'plain');
  push(['Chú thích: nền xanh – đạt chỉ tiêu; nền đỏ – chưa đạt chỉ tiêu'
    + `${m.derived ? '; nền vàng – số liệu khác với cộng từ các quý' : ''}; ô trống – đơn vị chưa nộp hoặc chỉ tiêu không áp dụng`
    + `${m.combined ? `; số liệu 6 tháng/năm là tổng các quý, "${MISSING_DATA}" khi đơn vị thiếu báo cáo quý` : ''}.`], 'plain');
  return g;
}
