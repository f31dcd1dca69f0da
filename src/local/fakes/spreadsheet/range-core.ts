// Geometry and shared helpers of a Range: a box on one sheet.
import type { FakeEnv } from '../env';
import { type Box, toA1 } from './a1';
import type { Cell, CellFormat } from './cells';
import type { FakeSheet } from './sheet';

export class RangeCore {
  constructor(protected readonly env: FakeEnv, protected readonly sheet: FakeSheet, protected readonly box: Box) {
    env.registry.track(this, 'spreadsheet', 'Range');
  }

  getSheet(): FakeSheet { return this.sheet; }
  getRow(): number { return this.box.row; }
  getRowIndex(): number { return this.box.row; }
  getColumn(): number { return this.box.col; }
  getNumRows(): number { return this.box.numRows; }
  getNumColumns(): number { return this.box.numCols; }
  getHeight(): number { return this.box.numRows; }
  getWidth(): number { return this.box.numCols; }
  getLastRow(): number { return this.box.row + this.box.numRows - 1; }
  getLastColumn(): number { return this.box.col + this.box.numCols - 1; }
  getA1Notation(): string { return toA1(this.box); }
  getGridId(): number { return this.sheet.getSheetId(); }

  /** Test/inspection helper: the box this range covers. */
  _box(): Box { return { ...this.box }; }

  /** Reads a 2D array, one entry per cell of the box. */
  protected readGrid<T>(read: (cell: Cell | undefined) => T): T[][] {
    const { row, col, numRows, numCols } = this.box;
    const grid = this.sheet._grid();
    const out: T[][] = [];
    for (let r = 0; r < numRows; r++) {
      const line: T[] = new Array<T>(numCols);
      for (let c = 0; c < numCols; c++) line[c] = read(grid.get(row + r, col + c));
      out.push(line);
    }
    return out;
  }

  /** Writes every cell of the box with `write(cell, r, c)` (0-based offsets). */
  protected writeEach(write: (cell: Cell, r: number, c: number) => void): void {
    // Formats are edits too: a protection refuses them as it refuses values.
    this.sheet._assertEditable(this.box);
    const { row, col, numRows, numCols } = this.box;
    const grid = this.sheet._grid();
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numCols; c++) write(grid.cell(row + r, col + c), r, c);
    }
  }

  protected setFormatEach<K extends keyof CellFormat>(key: K, value: (r: number, c: number) => CellFormat[K] | null): this {
    this.writeEach((cell, r, c) => {
      const v = value(r, c);
      if (v === null || v === undefined) {
        if (cell.fmt) delete cell.fmt[key];
      } else {
        (cell.fmt ??= {})[key] = v;
      }
    });
    return this;
  }

  /** Apps Script's check that a 2D argument matches the range's shape (same wording). */
  protected checkShape(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
      throw this.env.error(`The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const rows = data as unknown[][];
    if (rows.length !== this.box.numRows) {
      throw this.env.error(`The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${this.box.numRows}.`);
    }
    for (const row of rows) {
      if (row.length !== this.box.numCols) {
        throw this.env.error(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${this.box.numCols}.`);
      }
    }
    return rows;
  }

  toString(): string { return 'Range'; }
}
