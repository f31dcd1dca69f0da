// A sheet as the playground draws it: display texts and the formats the fakes hold (colours,
// weight, alignment, notes), frozen panes, widths and merges. Read from the raw fakes: looking
// does not count as service calls.
import type { FakeSheet } from '../fakes/spreadsheet/sheet';
import { displayValue } from '../fakes/spreadsheet/display';

export interface CellView {
  /** Display text. */
  v: string;
  bg?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  /** 'left' | 'center' | 'right' (Sheets' 'general' resolved by value type). */
  align?: string;
  note?: string;
  wrap?: boolean;
}

export interface SheetView {
  name: string;
  frozenRows: number;
  frozenColumns: number;
  lastRow: number;
  lastColumn: number;
  /** Rows and columns drawn (content plus some empty space, like the real grid). */
  rows: number;
  columns: number;
  widths: number[];
  hiddenColumns: number[];
  cells: (CellView | null)[][];
  merges: { row: number; col: number; numRows: number; numCols: number }[];
  protectedWarning: string | null;
}

const MAX_ROWS = 3000;
const DEFAULT_WIDTH = 100;

function alignOf(raw: string | undefined, value: unknown): string | undefined {
  const a = (raw ?? 'general').toLowerCase();
  if (a === 'left' || a === 'center' || a === 'right') return a;
  if (typeof value === 'number' || (typeof value === 'object' && value !== null)) return 'right';
  if (typeof value === 'boolean') return 'center';
  return undefined;
}

export function sheetView(sheet: FakeSheet, timeZone: string): SheetView {
  const grid = sheet._grid();
  const lastRow = grid.lastRow();
  const lastColumn = grid.lastColumn();
  const rows = Math.min(sheet.getMaxRows(), MAX_ROWS, Math.max(lastRow + 15, 40));
  const columns = Math.min(sheet.getMaxColumns(), Math.max(lastColumn + 2, 8));
  const cells: (CellView | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const line: (CellView | null)[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = grid.get(r, c);
      if (!cell || (cell.v === '' && !cell.f && !cell.fmt?.background && !cell.fmt?.note)) { line.push(null); continue; }
      const f = cell.fmt ?? {};
      const view: CellView = { v: displayValue(cell, timeZone) };
      if (f.background && f.background.toLowerCase() !== '#ffffff') view.bg = f.background;
      if (f.fontWeight === 'bold') view.bold = true;
      if (f.fontStyle === 'italic') view.italic = true;
      if (f.fontColor && f.fontColor.toLowerCase() !== '#000000') view.color = f.fontColor;
      if (f.fontSize && f.fontSize !== 10) view.size = f.fontSize;
      const align = alignOf(f.horizontalAlignment, cell.v);
      if (align) view.align = align;
      if (f.note) view.note = f.note;
      if (f.wrap) view.wrap = true;
      line.push(view);
    }
    cells.push(line);
  }
  const protection = sheet.getProtections('SHEET')[0];
  return {
    name: sheet.getName(),
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    lastRow, lastColumn, rows, columns,
    widths: Array.from({ length: columns }, (_, i) => sheet.columnWidths.get(i + 1) ?? DEFAULT_WIDTH),
    hiddenColumns: [...sheet.hiddenColumns],
    cells,
    merges: sheet._mergesIntersecting({ row: 1, col: 1, numRows: rows, numCols: columns }),
    protectedWarning: protection ? protection.getDescription() || 'Trang được bảo vệ' : null,
  };
}
