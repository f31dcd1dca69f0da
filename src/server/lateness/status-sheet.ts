// Writes the status grid with one setValues, one setBackgrounds and one setNotes. The extent
// written last time is kept in script properties: writing over the union of the old and new
// rectangles replaces everything without clearing the sheet or asking it for its size, so a
// normal run costs four Spreadsheet calls. Without a record (first run, sheet deleted or shrunk
// by hand) the slow path creates or clears the sheet.
import type { SheetGrid } from '../../domain/status-grid';
import { STATUS_COLORS } from '../../domain/status-grid';
import type { Env } from '../env';
import { SHEETS } from '../sheets/names';
import { literal } from '../sheets/table';

const EXTENT_KEY = 'cchc:status-sheet-extent';

/** Rows and columns written last time, and the sheet's size then. */
interface Extent {
  rows: number;
  cols: number;
  maxRows: number;
  maxCols: number;
}

function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function readExtent(props: GoogleAppsScript.Properties.Properties): Extent | null {
  try {
    const e = JSON.parse(props.getProperty(EXTENT_KEY) ?? 'null') as Extent | null;
    return e && [e.rows, e.cols, e.maxRows, e.maxCols].every((n) => Number.isInteger(n) && n > 0) ? e : null;
  } catch {
    return null;
  }
}

/** The grid padded with blanks to rows × cols; text made inert. */
function padded(grid: SheetGrid, rows: number, cols: number): { values: string[][]; backgrounds: string[][]; notes: string[][] } {
  const fill = <T>(g: T[][], blank: T): T[][] => Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_c, c) => g[r]?.[c] ?? blank));
  return {
    values: fill(grid.values.map((row) => row.map(literal)), ''),
    backgrounds: fill(grid.backgrounds, STATUS_COLORS.plain),
    notes: fill(grid.notes, ''),
  };
}

function writeCells(range: GoogleAppsScript.Spreadsheet.Range, grid: SheetGrid, rows: number, cols: number): void {
  const p = padded(grid, rows, cols);
  range.setValues(p.values);
  range.setBackgrounds(p.backgrounds);
  range.setNotes(p.notes);
}

function slowWrite(env: Env, grid: SheetGrid, rows: number, cols: number): Extent {
  const ss = env.ss();
  const sheet = ss.getSheetByName(SHEETS.status) ?? ss.insertSheet(SHEETS.status);
  let maxRows = sheet.getMaxRows();
  let maxCols = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  maxRows = Math.max(rows, maxRows);
  maxCols = Math.max(cols, maxCols);
  const all = sheet.getRange(1, 1, maxRows, maxCols);
  all.clear();
  all.clearNote();
  sheet.setFrozenRows(grid.frozenRows);
  sheet.setFrozenColumns(grid.frozenColumns);
  sheet.getRange(1, 1, grid.frozenRows, maxCols).setFontWeight('bold');
  sheet.setColumnWidth(1, 170);
  sheet.setColumnWidth(2, 260);
  if (cols > 2) sheet.setColumnWidths(3, cols - 2, 130);
  writeCells(sheet.getRange(1, 1, rows, cols), grid, rows, cols);
  return { rows, cols, maxRows, maxCols };
}

export function writeStatusSheet(env: Env, grid: SheetGrid): void {
  const rows = grid.values.length;
  const cols = grid.values[0]?.length ?? 1;
  const props = env.g.PropertiesService.getScriptProperties();
  const last = readExtent(props);
  let next: Extent | null = null;
  if (last && rows <= last.maxRows && cols <= last.maxCols) {
    const r = Math.max(rows, last.rows);
    const c = Math.max(cols, last.cols);
    try {
      writeCells(env.ss().getRange(`'${SHEETS.status}'!A1:${columnLetter(c)}${r}`), grid, r, c);
      next = { ...last, rows, cols };
    } catch (e) {
      console.warn(`Status sheet fast write failed, rewriting it: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  next ??= slowWrite(env, grid, rows, cols);
  props.setProperty(EXTENT_KEY, JSON.stringify(next));
}
