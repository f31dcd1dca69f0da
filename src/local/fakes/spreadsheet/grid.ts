// A sheet's cells: sparse rows of sparse cells, 1-based coordinates, plus the sheet's dimensions.
import { type Cell, hasContent } from './cells';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export class Grid {
  private rows: (Cell | undefined)[][] = [];

  constructor(public maxRows = DEFAULT_ROWS, public maxColumns = DEFAULT_COLUMNS) {}

  get(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  /** The cell at (row, col), created if missing. */
  cell(row: number, col: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[col - 1] ??= { v: '' });
  }

  /** Last row with a value or formula (0 when the sheet is empty), like Sheet.getLastRow(). */
  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) {
      if (this.rows[r - 1]?.some(hasContent)) return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) {
        if (hasContent(row[c - 1])) { last = c; break; }
      }
    }
    return last;
  }

  insertRows(before: number, count: number): void {
    if (this.rows.length >= before) this.rows.splice(before - 1, 0, ...Array.from({ length: count }, () => []));
    this.maxRows += count;
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
    this.maxRows -= count;
  }

  insertColumns(before: number, count: number): void {
    for (const row of this.rows) {
      if (row && row.length >= before) row.splice(before - 1, 0, ...new Array<Cell | undefined>(count));
    }
    this.maxColumns += count;
  }

  deleteColumns(start: number, count: number): void {
    for (const row of this.rows) row?.splice(start - 1, count);
    this.maxColumns -= count;
  }

  /** Clears contents and/or formats in a block. */
  clear(row: number, col: number, numRows: number, numCols: number, what: { contents: boolean; formats: boolean }): void {
    for (let r = row; r < row + numRows && r <= this.rows.length; r++) {
      const cells = this.rows[r - 1];
      if (!cells) continue;
      for (let c = col; c < col + numCols && c <= cells.length; c++) {
        const cell = cells[c - 1];
        if (!cell) continue;
        if (what.contents) { cell.v = ''; delete cell.f; }
        if (what.formats) delete cell.fmt;
      }
    }
  }
}
