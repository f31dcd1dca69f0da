// A fake sheet written out as files an office opens: CSV (UTF-8 with BOM, so Excel reads the
// Vietnamese) and .xlsx through exceljs (values, number formats, bold, fills, alignment, notes,
// merges, widths and frozen rows as the script set them). Read from the raw fakes: uncounted.
import { writeFileSync } from 'node:fs';
import type { FakeSheet } from '../fakes/spreadsheet/sheet';
import { type Cell, isStoredDate } from '../fakes/spreadsheet/cells';
import { formatJavaDate } from '../fakes/format-date';

const VN_OFFSET_MS = 7 * 3600_000;

/** Rows of the sheet's data region, cells as stored (dates as { date: ms }). */
function region(sheet: FakeSheet): { cells: (Cell | undefined)[][]; rows: number; cols: number } {
  const grid = sheet._grid();
  const rows = grid.lastRow();
  const cols = grid.lastColumn();
  return { rows, cols, cells: Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_c, c) => grid.get(r + 1, c + 1))) };
}

function csvText(cell: Cell | undefined, timeZone: string): string {
  if (!cell) return '';
  const v = cell.v;
  if (isStoredDate(v)) return formatJavaDate(v.date, timeZone, 'dd/MM/yyyy HH:mm');
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return String(v);
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function sheetCsv(sheet: FakeSheet, timeZone: string): string {
  const { cells } = region(sheet);
  return `\uFEFF${cells.map((row) => row.map((c) => csvField(csvText(c, timeZone))).join(',')).join('\r\n')}\r\n`;
}

export function writeSheetCsv(sheet: FakeSheet, timeZone: string, outPath: string): void {
  writeFileSync(outPath, sheetCsv(sheet, timeZone), 'utf8');
}

// The slice of exceljs this file uses (exceljs ships its own full types).
interface XlsxCell { value: unknown; numFmt: string; font: object; fill: object; alignment: object; note: string }
interface XlsxSheet {
  getCell(row: number, col: number): XlsxCell;
  getColumn(col: number): { width: number };
  mergeCells(top: number, left: number, bottom: number, right: number): void;
  views: object[];
  pageSetup: Record<string, unknown>;
}
interface XlsxWorkbook {
  creator: string;
  created: Date;
  addWorksheet(name: string): XlsxSheet;
  xlsx: { writeFile(path: string): Promise<void> };
}
export interface ExcelJsModule { Workbook: new () => XlsxWorkbook }

/** exceljs when installed, else null (the caller reports the .xlsx as skipped). */
export function loadExcelJs(): ExcelJsModule | null {
  try {
    return require('exceljs') as ExcelJsModule;
  } catch {
    return null;
  }
}

/** Sheets number formats mean the same in Excel, except that 'dd/MM/yyyy' months are 'mm' there. */
function excelFormat(format: string | undefined): string | undefined {
  if (!format || format === '@' || format.startsWith('0.###')) return format === '@' ? '@' : undefined;
  return format.replace(/M/g, 'm');
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase().padStart(6, '0')}`;
}

/** How the sheet prints: A4, landscape, every column on one page's width, the header row on every page. */
export interface PrintSetup {
  landscape: boolean;
  fitToWidth: boolean;
  /** 1-based row repeated atop each printed page. */
  repeatRow?: number;
}

export const SUMMARY_PRINT: PrintSetup = { landscape: true, fitToWidth: true };

export async function writeSheetXlsx(excel: ExcelJsModule, sheet: FakeSheet, outPath: string, print?: PrintSetup): Promise<void> {
  const book = new excel.Workbook();
  book.creator = 'Báo cáo CCHC (bản chạy thử cục bộ)';
  book.created = new Date();
  const ws = book.addWorksheet(sheet.getName());
  const { cells, rows, cols } = region(sheet);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= cols; c++) {
      const cell = cells[r - 1][c - 1];
      if (!cell) continue;
      const out = ws.getCell(r, c);
      const f = cell.fmt ?? {};
      // Excel has no time zones: a date is written as the wall-clock time in Vietnam.
      out.value = isStoredDate(cell.v) ? new Date(cell.v.date + VN_OFFSET_MS) : cell.v === '' ? null : cell.v;
      const numFmt = isStoredDate(cell.v) ? 'dd/mm/yyyy hh:mm' : excelFormat(f.numberFormat);
      if (numFmt) out.numFmt = numFmt;
      if (f.fontWeight === 'bold' || f.fontStyle === 'italic' || f.fontSize || f.fontColor) {
        out.font = { bold: f.fontWeight === 'bold', italic: f.fontStyle === 'italic', size: f.fontSize ?? 10, ...(f.fontColor ? { color: { argb: argb(f.fontColor) } } : {}) };
      }
      if (f.background && f.background.toLowerCase() !== '#ffffff') out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.background) } };
      const horizontal = f.horizontalAlignment && f.horizontalAlignment !== 'general' ? f.horizontalAlignment : undefined;
      if (horizontal || f.wrap) out.alignment = { ...(horizontal ? { horizontal } : {}), ...(f.wrap ? { wrapText: true, vertical: 'top' } : {}) };
      if (f.note) out.note = f.note;
    }
  }
  for (let c = 1; c <= cols; c++) ws.getColumn(c).width = Math.max(4, Math.round(sheet.getColumnWidth(c) / 7));
  for (const m of sheet._mergesIntersecting({ row: 1, col: 1, numRows: rows, numCols: cols })) {
    ws.mergeCells(m.row, m.col, m.row + m.numRows - 1, m.col + m.numCols - 1);
  }
  if (sheet.getFrozenRows() > 0 || sheet.getFrozenColumns() > 0) {
    ws.views = [{ state: 'frozen', ySplit: sheet.getFrozenRows(), xSplit: sheet.getFrozenColumns() }];
  }
  if (print) {
    // A4 is paper size 9 in SpreadsheetML; fitToHeight 0 lets the rows run over as many pages as they need.
    ws.pageSetup = {
      paperSize: 9, orientation: print.landscape ? 'landscape' : 'portrait',
      ...(print.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      horizontalCentered: true,
      ...(print.repeatRow ? { printTitlesRow: `${print.repeatRow}:${print.repeatRow}` } : {}),
    };
  }
  await book.xlsx.writeFile(outPath);
}
