// A sheet: cells (grid.ts), dimensions, rows/columns operations, visibility, protections, layout.
import type { FakeEnv } from '../env';
import { type Box, parseA1 } from './a1';
import { coerceInput } from './cells';
import { Grid } from './grid';
import { FakeProtection, PROTECTED_MESSAGE, ProtectionType } from './protection';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';
import { SheetLayout } from './sheet-layout';

export interface BorderRecord { a1: string; top: boolean | null; left: boolean | null; bottom: boolean | null;
  right: boolean | null; vertical: boolean | null; horizontal: boolean | null; color: string | null; style: string | null }

export class FakeSheet extends SheetLayout {
  private readonly grid = new Grid();
  private hidden = false;
  private sheetProtection: FakeProtection | null = null;
  private readonly rangeProtections: FakeProtection[] = [];
  private readonly merges: Box[] = [];
  readonly borders: BorderRecord[] = [];
  readonly validations: { a1: string; rule: unknown }[] = [];

  constructor(env: FakeEnv, private readonly parent: FakeSpreadsheet, private name: string, private readonly id: number) {
    super(env);
    env.registry.track(this, 'spreadsheet', 'Sheet');
  }

  getName(): string { return this.name; }
  setName(name: string): this { this._assertEditable(this.all()); this.parent._checkNewName(String(name), this); this.name = String(name); return this; }
  getSheetName(): string { return this.name; }
  getSheetId(): number { return this.id; }
  getIndex(): number { return this.parent._indexOf(this) + 1; }
  getParent(): FakeSpreadsheet { return this.parent; }
  activate(): this { this.parent._setActive(this); return this; }

  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === 'string') {
      const box = parseA1(rowOrA1, this.grid.maxRows, this.grid.maxColumns);
      if (!box) throw this.env.error('Range not found');
      return this.makeRange(box);
    }
    if (column === undefined) throw this.env.error('The parameters (number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    return this.makeRange({ row: rowOrA1, col: column, numRows, numCols: numColumns });
  }

  private makeRange(box: Box): FakeRange {
    if (box.row < 1) throw this.env.error('The starting row of the range is too small.');
    if (box.col < 1) throw this.env.error('The starting column of the range is too small.');
    if (box.numRows < 1) throw this.env.error('The number of rows in the range must be at least 1.');
    if (box.numCols < 1) throw this.env.error('The number of columns in the range must be at least 1.');
    if (box.row + box.numRows - 1 > this.grid.maxRows || box.col + box.numCols - 1 > this.grid.maxColumns) {
      throw this.env.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.env, this, box);
  }

  getDataRange(): FakeRange {
    return this.makeRange({ row: 1, col: 1, numRows: Math.max(1, this.grid.lastRow()), numCols: Math.max(1, this.grid.lastColumn()) });
  }
  getLastRow(): number { return this.grid.lastRow(); }
  getLastColumn(): number { return this.grid.lastColumn(); }
  getMaxRows(): number { return this.grid.maxRows; }
  getMaxColumns(): number { return this.grid.maxColumns; }

  /** One row after the last row with content; the sheet grows when it is full. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents) || rowContents.length === 0) {
      throw this.env.error('The parameters () don\'t match the method signature for SpreadsheetApp.Sheet.appendRow.');
    }
    const row = this.grid.lastRow() + 1;
    if (row > this.grid.maxRows) this.grid.insertRows(this.grid.maxRows + 1, row - this.grid.maxRows);
    if (rowContents.length > this.grid.maxColumns) this.grid.insertColumns(this.grid.maxColumns + 1, rowContents.length - this.grid.maxColumns);
    this._assertEditable({ row, col: 1, numRows: 1, numCols: rowContents.length });
    const tz = this.parent.getSpreadsheetTimeZone();
    rowContents.forEach((value, i) => {
      const cell = this.grid.cell(row, i + 1);
      Object.assign(cell, { f: undefined }, coerceInput(value, cell.fmt?.numberFormat, tz));
    });
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this { return this.insertRows(afterPosition + 1, howMany); }
  insertRowAfter(afterPosition: number): this { return this.insertRows(afterPosition + 1, 1); }
  insertRowsBefore(beforePosition: number, howMany: number): this { return this.insertRows(beforePosition, howMany); }
  insertRowBefore(beforePosition: number): this { return this.insertRows(beforePosition, 1); }
  private insertRows(before: number, count: number): this {
    if (before < 1 || before > this.grid.maxRows + 1 || count < 1) throw this.env.error('Those rows are out of bounds.');
    this._assertEditable({ row: Math.min(before, this.grid.maxRows), col: 1, numRows: 1, numCols: this.grid.maxColumns });
    this.grid.insertRows(before, count);
    return this;
  }
  deleteRow(rowPosition: number): this { return this.deleteRows(rowPosition, 1); }
  deleteRows(rowPosition: number, howMany: number): this {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.grid.maxRows) throw this.env.error('Those rows are out of bounds.');
    if (howMany >= this.grid.maxRows) throw this.env.error('You can\'t delete all the rows on the sheet.');
    this._assertEditable({ row: rowPosition, col: 1, numRows: howMany, numCols: this.grid.maxColumns });
    this.grid.deleteRows(rowPosition, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this { return this.insertColumns(afterPosition + 1, howMany); }
  insertColumnAfter(afterPosition: number): this { return this.insertColumns(afterPosition + 1, 1); }
  insertColumnsBefore(beforePosition: number, howMany: number): this { return this.insertColumns(beforePosition, howMany); }
  private insertColumns(before: number, count: number): this {
    this._assertEditable({ row: 1, col: Math.min(before, this.grid.maxColumns), numRows: this.grid.maxRows, numCols: 1 });
    this.grid.insertColumns(before, count);
    return this;
  }
  deleteColumn(columnPosition: number): this { return this.deleteColumns(columnPosition, 1); }
  deleteColumns(columnPosition: number, howMany: number): this {
    if (columnPosition < 1 || columnPosition + howMany - 1 > this.grid.maxColumns) throw this.env.error('Those columns are out of bounds.');
    if (howMany >= this.grid.maxColumns) throw this.env.error('You can\'t delete all the columns on the sheet.');
    this._assertEditable({ row: 1, col: columnPosition, numRows: this.grid.maxRows, numCols: howMany });
    this.grid.deleteColumns(columnPosition, howMany);
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const contents = !options?.formatOnly;
    this._assertEditable(this.all());
    this.grid.clear(1, 1, this.grid.maxRows, this.grid.maxColumns, { contents, formats: !options?.contentsOnly });
    return this;
  }
  clearContents(): this { return this.clear({ contentsOnly: true }); }
  clearFormats(): this { return this.clear({ formatOnly: true }); }

  hideSheet(): this {
    if (this.parent.getSheets().filter((s) => !s.isSheetHidden() && s !== this).length === 0) {
      throw this.env.error('You can\'t hide all the sheets in a document.');
    }
    this.hidden = true;
    return this;
  }
  showSheet(): this { this.hidden = false; return this; }
  isSheetHidden(): boolean { return this.hidden; }

  /** Returns the existing sheet protection if there is one (documented behaviour). */
  protect(): FakeProtection {
    return (this.sheetProtection ??= new FakeProtection(this.env, this, ProtectionType.SHEET, null));
  }
  getProtections(type: string): FakeProtection[] {
    if (String(type) === ProtectionType.SHEET) return this.sheetProtection ? [this.sheetProtection] : [];
    return [...this.rangeProtections];
  }

  // ---- internal helpers (underscore: never counted) ----
  _grid(): Grid { return this.grid; }
  _protectRange(range: FakeRange): FakeProtection {
    const p = new FakeProtection(this.env, this, ProtectionType.RANGE, range);
    this.rangeProtections.push(p);
    return p;
  }
  _dropProtection(p: FakeProtection): void {
    if (this.sheetProtection === p) this.sheetProtection = null;
    const i = this.rangeProtections.indexOf(p);
    if (i >= 0) this.rangeProtections.splice(i, 1);
  }
  /** Throws like Sheets when the effective user may not edit a protected part of `box`. */
  _assertEditable(box: Box): void {
    const user = this.env.users.effective;
    const all = [this.sheetProtection, ...this.rangeProtections].filter((p): p is FakeProtection => !!p);
    if (all.some((p) => p._covers(box) && !p._allows(user))) {
      throw this.env.error(PROTECTED_MESSAGE);
    }
  }
  _addMerge(box: Box): void { this._removeMerges(box); this.merges.push({ ...box }); }
  _removeMerges(box: Box): void {
    for (const m of this._mergesIntersecting(box)) this.merges.splice(this.merges.indexOf(m), 1);
  }
  _mergesIntersecting(box: Box): Box[] {
    return this.merges.filter((m) => m.row <= box.row + box.numRows - 1 && box.row <= m.row + m.numRows - 1
      && m.col <= box.col + box.numCols - 1 && box.col <= m.col + m.numCols - 1);
  }
  _recordBorder(record: BorderRecord): void { this.borders.push(record); }
  _recordValidation(a1: string, rule: unknown): void { this.validations.push({ a1, rule }); }
  _protection(): FakeProtection | null { return this.sheetProtection; }
  _all(): Box { return this.all(); }
  private all(): Box { return { row: 1, col: 1, numRows: this.grid.maxRows, numCols: this.grid.maxColumns }; }
  override toString(): string { return 'Sheet'; }
}
