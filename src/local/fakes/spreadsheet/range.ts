// Range values (see cells.ts for the value semantics), clearing, merging and protection.
import { coerceInput, readFormula, readValue } from './cells';
import { displayValue } from './display';
import { FakeProtection } from './protection';
import { RangeFormatting } from './range-format';

export class FakeRange extends RangeFormatting {
  getValue(): unknown { return this.getValues()[0][0]; }
  getValues(): unknown[][] {
    const realm = this.env.realm;
    return this.readGrid((cell) => readValue(cell, realm));
  }
  getDisplayValue(): string { return this.getDisplayValues()[0][0]; }
  getDisplayValues(): string[][] {
    const tz = this.sheet.getParent().getSpreadsheetTimeZone();
    return this.readGrid((cell) => displayValue(cell, tz));
  }
  getFormula(): string { return this.getFormulas()[0][0]; }
  getFormulas(): string[][] { return this.readGrid(readFormula); }
  isBlank(): boolean { return this.readGrid((cell) => !cell || (cell.v === '' && !cell.f)).every((r) => r.every(Boolean)); }

  /** Sets every cell of the range to the same value (as Apps Script does for multi-cell ranges). */
  setValue(value: unknown): this {
    const tz = this.sheet.getParent().getSpreadsheetTimeZone();
    this.writeEach((cell) => Object.assign(cell, withoutFormula(coerceInput(value, cell.fmt?.numberFormat, tz))));
    return this;
  }

  setValues(values: unknown[][]): this {
    const rows = this.checkShape(values, 'setValues');
    const tz = this.sheet.getParent().getSpreadsheetTimeZone();
    this.writeEach((cell, r, c) => Object.assign(cell, withoutFormula(coerceInput(rows[r][c], cell.fmt?.numberFormat, tz))));
    return this;
  }

  setFormula(formula: string): this { return this.setFormulas(this.readGrid(() => formula)); }
  setFormulas(formulas: string[][]): this {
    const rows = this.checkShape(formulas, 'setFormulas');
    this.writeEach((cell, r, c) => {
      const f = String(rows[r][c] ?? '');
      if (f === '') { cell.v = ''; delete cell.f; } else { cell.v = ''; cell.f = f.startsWith('=') ? f : `=${f}`; }
    });
    return this;
  }

  clearContent(): this {
    this.sheet._assertEditable(this.box);
    this.sheet._grid().clear(this.box.row, this.box.col, this.box.numRows, this.box.numCols, { contents: true, formats: false });
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const contents = !options?.formatOnly;
    const formats = !options?.contentsOnly;
    this.sheet._assertEditable(this.box);
    this.sheet._grid().clear(this.box.row, this.box.col, this.box.numRows, this.box.numCols, { contents, formats });
    return this;
  }

  clearNote(): this { return this.setNote(null); }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numCols) {
      throw this.env.error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sheet.getRange(this.box.row + row - 1, this.box.col + column - 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    return this.sheet.getRange(this.box.row + rowOffset, this.box.col + columnOffset,
      numRows ?? this.box.numRows, numColumns ?? this.box.numCols);
  }

  /** Merging keeps the top-left value and clears the others, as Sheets does. */
  merge(): this {
    const top = this.sheet._grid().get(this.box.row, this.box.col);
    const keep = top ? { v: top.v, f: top.f } : { v: '' };
    this.writeEach((cell, r, c) => {
      if (r === 0 && c === 0) return;
      cell.v = ''; delete cell.f;
    });
    if (keep.v !== '' || keep.f) Object.assign(this.sheet._grid().cell(this.box.row, this.box.col), keep);
    this.sheet._addMerge(this.box);
    return this;
  }
  mergeAcross(): this {
    for (let r = 0; r < this.box.numRows; r++) this.sheet.getRange(this.box.row + r, this.box.col, 1, this.box.numCols).merge();
    return this;
  }
  mergeVertically(): this {
    for (let c = 0; c < this.box.numCols; c++) this.sheet.getRange(this.box.row, this.box.col + c, this.box.numRows, 1).merge();
    return this;
  }
  breakApart(): this { this.sheet._removeMerges(this.box); return this; }
  isPartOfMerge(): boolean { return this.getMergedRanges().length > 0; }
  getMergedRanges(): FakeRange[] {
    return this.sheet._mergesIntersecting(this.box).map((b) => this.sheet.getRange(b.row, b.col, b.numRows, b.numCols));
  }

  protect(): FakeProtection { return this.sheet._protectRange(this); }

  activate(): this { this.sheet.activate(); return this; }
  setDataValidation(rule: unknown): this { this.sheet._recordValidation(this.getA1Notation(), rule); return this; }

}

function withoutFormula<T extends { v: unknown; f?: string }>(input: T): T & { f?: string } {
  return 'f' in input ? input : { ...input, f: undefined };
}
