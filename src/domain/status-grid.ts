// The status sheet as three parallel grids (text, background colours, notes) so the server
// writes it with one setValues, one setBackgrounds and one setNotes.
// Layout: row 1 headers, row 2 the common deadline per period, one row per unit, then a legend.
import type { UnitPeriodState } from './types';
import type { BoardEntry, StatusBoard } from './status-board';
import { stateLabel, statusText } from './lateness';
import { cutoffRange } from './periods';
import { formatDateTimeVi, formatDateVi } from './time';

export type CellTone = UnitPeriodState | 'not_owed' | 'header' | 'plain';

export const STATUS_COLORS: Record<CellTone, string> = {
  on_time: '#b7e1cd',
  late: '#fce8b2',
  overdue: '#f4c7c3',
  due_soon: '#fff2cc',
  not_due: '#ffffff',
  not_owed: '#efefef',
  header: '#e8f0fe',
  plain: '#ffffff',
};

export const NOT_OWED_LABEL = 'Không phải nộp';

export interface SheetGrid {
  values: string[][];
  backgrounds: string[][];
  notes: string[][];
  /** Rows and columns to freeze: the headers and the unit columns. */
  frozenRows: number;
  frozenColumns: number;
}

const LEGEND: CellTone[] = ['on_time', 'late', 'overdue', 'due_soon', 'not_due', 'not_owed'];

function toneLabel(tone: CellTone): string {
  return tone === 'not_owed' ? NOT_OWED_LABEL : tone === 'header' || tone === 'plain' ? '' : stateLabel(tone);
}

/** The cell's note: deadline, extension, submission times and where the unit stands today. */
export function entryNote(e: BoardEntry, now: Date): string {
  const s = e.status;
  const lines = [`${e.unit.name} – ${e.label}`, `Hạn nộp: ${formatDateTimeVi(s.deadline)}`];
  if (e.extension) lines.push(`Được gia hạn${e.extension.reason ? ` (${e.extension.reason})` : ''}`);
  if (s.firstSubmittedAt) lines.push(`Nộp lần đầu: ${formatDateTimeVi(s.firstSubmittedAt)}`);
  if (s.latestRevision !== null && s.latestRevision > 1 && s.latestSubmittedAt) {
    lines.push(`Bản mới nhất: lần ${s.latestRevision}, ${formatDateTimeVi(s.latestSubmittedAt)}`);
  }
  if (s.revisedLate) lines.push('Có bản sửa gửi sau hạn');
  if (s.state === 'late' && s.daysOverdue !== null) lines.push(`Muộn ${s.daysOverdue} ngày`);
  if (s.state === 'overdue' || s.state === 'due_soon' || s.state === 'not_due') lines.push(statusText(s, now));
  return lines.join('\n');
}

export function statusGrid(board: StatusBoard): SheetGrid {
  const width = 2 + board.periods.length;
  const values: string[][] = [];
  const backgrounds: string[][] = [];
  const notes: string[][] = [];
  const push = (cells: string[], tones: CellTone[], cellNotes: string[] = []): void => {
    const pad = <T>(xs: T[], fill: T): T[] => [...xs, ...new Array<T>(width - xs.length).fill(fill)];
    values.push(pad(cells, ''));
    backgrounds.push(pad(tones, 'plain').map((t) => STATUS_COLORS[t]));
    notes.push(pad(cellNotes, ''));
  };
  const headerTones = new Array<CellTone>(width).fill('header');

  push(['Mã đơn vị', 'Tên đơn vị', ...board.labels], headerTones,
    ['', '', ...board.periods.map((p) => {
      const c = cutoffRange(p);
      return `Số liệu từ ${formatDateVi(c.from)} đến ${formatDateVi(c.to)}`;
    })]);
  push(['Hạn nộp chung', '', ...board.deadlines.map(formatDateTimeVi)], headerTones,
    ['Hạn chung của kỳ; hạn riêng của đơn vị được gia hạn ghi trong ghi chú của từng ô.']);

  board.units.forEach((unit, row) => {
    const entries = board.entries[row];
    push(
      [unit.code, unit.name, ...entries.map((e) => (e ? stateLabel(e.status.state) : ''))],
      ['plain', 'plain', ...entries.map((e): CellTone => (e ? e.status.state : 'not_owed'))],
      ['', '', ...entries.map((e) => (e ? entryNote(e, board.now) : ''))],
    );
  });

  push([], []);
  LEGEND.forEach((tone, i) => push([i === 0 ? 'Chú thích' : '', toneLabel(tone)], ['plain', tone]));
  push(['Cập nhật lúc', formatDateTimeVi(board.now)], []);
  return { values, backgrounds, notes, frozenRows: 2, frozenColumns: 2 };
}
