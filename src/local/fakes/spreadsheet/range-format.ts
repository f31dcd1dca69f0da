// Range formatting: stored per cell so tests can read it back; no rendering.
import type { CellFormat } from './cells';
import { RangeCore } from './range-core';

export const DEFAULT_FORMAT: Required<Omit<CellFormat, 'border' | 'note'>> = {
  background: '#ffffff', fontWeight: 'normal', fontColor: '#000000', fontStyle: 'normal', fontSize: 10,
  fontFamily: 'Arial', numberFormat: '0.###############', wrap: true, horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
};

type Grid2<T> = T[][];

export class RangeFormatting extends RangeCore {
  private readFormat<K extends keyof typeof DEFAULT_FORMAT>(key: K): Grid2<(typeof DEFAULT_FORMAT)[K]> {
    return this.readGrid((cell) => (cell?.fmt?.[key] ?? DEFAULT_FORMAT[key]) as (typeof DEFAULT_FORMAT)[K]);
  }
  private setAll<K extends keyof CellFormat>(key: K, value: CellFormat[K] | null): this {
    return this.setFormatEach(key, () => value);
  }
  private setGrid<K extends keyof CellFormat>(key: K, values: unknown, method: string): this {
    const rows = this.checkShape(values, method);
    return this.setFormatEach(key, (r, c) => rows[r][c] as CellFormat[K] | null);
  }

  getBackground(): string { return this.readFormat('background')[0][0]; }
  getBackgrounds(): string[][] { return this.readFormat('background'); }
  setBackground(color: string | null): this { return this.setAll('background', color); }
  setBackgrounds(colors: string[][]): this { return this.setGrid('background', colors, 'setBackgrounds'); }

  getFontWeight(): string { return this.readFormat('fontWeight')[0][0]; }
  getFontWeights(): string[][] { return this.readFormat('fontWeight'); }
  setFontWeight(weight: string | null): this { return this.setAll('fontWeight', weight); }
  setFontWeights(weights: string[][]): this { return this.setGrid('fontWeight', weights, 'setFontWeights'); }

  getFontColor(): string { return this.readFormat('fontColor')[0][0]; }
  getFontColors(): string[][] { return this.readFormat('fontColor'); }
  setFontColor(color: string | null): this { return this.setAll('fontColor', color); }
  setFontColors(colors: string[][]): this { return this.setGrid('fontColor', colors, 'setFontColors'); }

  getFontStyle(): string { return this.readFormat('fontStyle')[0][0]; }
  getFontStyles(): string[][] { return this.readFormat('fontStyle'); }
  setFontStyle(style: string | null): this { return this.setAll('fontStyle', style); }
  setFontStyles(styles: string[][]): this { return this.setGrid('fontStyle', styles, 'setFontStyles'); }

  getFontSize(): number { return this.readFormat('fontSize')[0][0]; }
  getFontSizes(): number[][] { return this.readFormat('fontSize'); }
  setFontSize(size: number): this { return this.setAll('fontSize', size); }
  setFontSizes(sizes: number[][]): this { return this.setGrid('fontSize', sizes, 'setFontSizes'); }

  getFontFamily(): string { return this.readFormat('fontFamily')[0][0]; }
  getFontFamilies(): string[][] { return this.readFormat('fontFamily'); }
  setFontFamily(family: string | null): this { return this.setAll('fontFamily', family); }
  setFontFamilies(families: string[][]): this { return this.setGrid('fontFamily', families, 'setFontFamilies'); }

  getNumberFormat(): string { return this.readFormat('numberFormat')[0][0]; }
  getNumberFormats(): string[][] { return this.readFormat('numberFormat'); }
  setNumberFormat(format: string): this { return this.setAll('numberFormat', format); }
  setNumberFormats(formats: string[][]): this { return this.setGrid('numberFormat', formats, 'setNumberFormats'); }

  getWrap(): boolean { return this.readFormat('wrap')[0][0]; }
  getWraps(): boolean[][] { return this.readFormat('wrap'); }
  setWrap(wrap: boolean): this { return this.setAll('wrap', wrap); }
  setWraps(wraps: boolean[][]): this { return this.setGrid('wrap', wraps, 'setWraps'); }
  setWrapStrategy(strategy: string): this { return this.setAll('wrap', String(strategy) === 'WRAP'); }

  getHorizontalAlignment(): string { return this.readFormat('horizontalAlignment')[0][0]; }
  getHorizontalAlignments(): string[][] { return this.readFormat('horizontalAlignment'); }
  setHorizontalAlignment(alignment: string | null): this { return this.setAll('horizontalAlignment', alignment); }
  setHorizontalAlignments(alignments: string[][]): this { return this.setGrid('horizontalAlignment', alignments, 'setHorizontalAlignments'); }

  getVerticalAlignment(): string { return this.readFormat('verticalAlignment')[0][0]; }
  getVerticalAlignments(): string[][] { return this.readFormat('verticalAlignment'); }
  setVerticalAlignment(alignment: string | null): this { return this.setAll('verticalAlignment', alignment); }
  setVerticalAlignments(alignments: string[][]): this { return this.setGrid('verticalAlignment', alignments, 'setVerticalAlignments'); }

  getNote(): string { return this.getNotes()[0][0]; }
  getNotes(): string[][] { return this.readGrid((cell) => cell?.fmt?.note ?? ''); }
  setNote(note: string | null): this { return this.setAll('note', note === null || note === '' ? null : String(note)); }
  setNotes(notes: (string | null)[][]): this {
    const rows = this.checkShape(notes, 'setNotes');
    return this.setFormatEach('note', (r, c) => (rows[r][c] === null || rows[r][c] === '' ? null : String(rows[r][c])));
  }

  /** Borders are recorded per call (null args mean "leave unchanged", as in Apps Script). */
  setBorder(top: boolean | null, left: boolean | null, bottom: boolean | null, right: boolean | null,
    vertical: boolean | null, horizontal: boolean | null, color?: string | null, style?: unknown): this {
    this.sheet._recordBorder({ a1: this.getA1Notation(), top, left, bottom, right, vertical, horizontal,
      color: color ?? null, style: style === undefined || style === null ? null : String(style) });
    return this;
  }

  clearFormat(): this {
    this.sheet._assertEditable(this.box);
    this.sheet._grid().clear(this.box.row, this.box.col, this.box.numRows, this.box.numCols, { contents: false, formats: true });
    return this;
  }
}
