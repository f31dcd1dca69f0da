import { createFakeServices } from '../../../src/local/fakes';
import { FORMULA_PLACEHOLDER } from '../../../src/local/fakes/spreadsheet/cells';

const now = new Date('2024-05-06T03:00:00.000Z');
function sheet() {
  const fakes = createFakeServices({ now });
  return { fakes, sheet: fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet() };
}

describe('Range values', () => {
  it('reads empty cells as empty strings', () => {
    const { sheet: s } = sheet();
    expect(s.getRange(1, 1, 2, 3).getValues()).toEqual([['', '', ''], ['', '', '']]);
    expect(s.getRange('B2').getValue()).toBe('');
  });

  it('throws like Apps Script when setValues data does not match the range', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.');
    expect(() => s.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.');
    expect(s.getLastRow()).toBe(0); // nothing written
  });

  it('stores Dates and reads back equal but distinct Date copies', () => {
    const { sheet: s } = sheet();
    const when = new Date('2024-01-31T10:20:30.000Z');
    s.getRange('A1').setValue(when);
    const back = s.getRange('A1').getValue() as Date;
    expect(Object.prototype.toString.call(back)).toBe('[object Date]');
    expect(back.getTime()).toBe(when.getTime());
    expect(back).not.toBe(when);
    back.setFullYear(2000);
    expect((s.getRange('A1').getValue() as Date).getFullYear()).toBe(2024);
  });

  it('keeps numbers and booleans typed', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 3).setValues([[1.5, true, false]]);
    expect(s.getRange(1, 1, 1, 3).getValues()).toEqual([[1.5, true, false]]);
  });

  it('coerces number-looking text to numbers, as Sheets does', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 5).setValues([['007', '1.5', ' 42 ', '50%', 'TRUE']]);
    expect(s.getRange(1, 1, 1, 5).getValues()).toEqual([[7, 1.5, 42, 0.5, true]]);
  });

  it('parses ISO and d/M/yyyy date text as dates in the spreadsheet time zone', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 3).setValues([['2024-03-01', '15/03/2024', '2024-02-30']]);
    const [iso, vi, bad] = s.getRange(1, 1, 1, 3).getValues()[0] as [Date, Date, string];
    expect(iso.toISOString()).toBe('2024-02-29T17:00:00.000Z');
    expect(vi.toISOString()).toBe('2024-03-14T17:00:00.000Z');
    expect(bad).toBe('2024-02-30');
  });

  it('keeps text exactly in plain-text (@) cells', () => {
    const { sheet: s } = sheet();
    const r = s.getRange(1, 1, 1, 3);
    r.setNumberFormat('@');
    r.setValues([['007', '=1+1', '2024-03-01']]);
    expect(r.getValues()).toEqual([['007', '=1+1', '2024-03-01']]);
    expect(r.getFormulas()).toEqual([['', '', '']]);
  });

  it('drops a leading apostrophe and stores the rest as literal text', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 3).setValues([["'007", "'=SUM(A1)", "'-5"]]);
    expect(s.getRange(1, 1, 1, 3).getValues()).toEqual([['007', '=SUM(A1)', '-5']]);
    expect(s.getRange(1, 1, 1, 3).getFormulas()).toEqual([['', '', '']]);
  });

  it('turns =, + and - text into formulas (not evaluated: placeholder value)', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 4).setValues([['=1+1', '+abc', '- gạch đầu dòng', '-5']]);
    expect(s.getRange(1, 1, 1, 4).getFormulas()).toEqual([['=1+1', '=+abc', '=- gạch đầu dòng', '']]);
    expect(s.getRange(1, 1, 1, 4).getValues()).toEqual([[FORMULA_PLACEHOLDER, FORMULA_PLACEHOLDER, FORMULA_PLACEHOLDER, -5]]);
  });

  it('stores @-prefixed and Vietnamese text as is (NFC preserved)', () => {
    const { sheet: s } = sheet();
    const note = 'Ghi chú tiếng Việt: Đã hoàn thành'.normalize('NFC');
    s.getRange(1, 1, 1, 2).setValues([['@mention', note]]);
    expect(s.getRange(1, 1, 1, 2).getValues()).toEqual([['@mention', note]]);
  });

  it('clears a cell on null, undefined or empty string', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 3).setValues([[1, 2, 3]]);
    s.getRange(1, 1, 1, 3).setValues([[null, undefined, '']]);
    expect(s.getLastRow()).toBe(0);
  });

  it('formats display values for common number and date formats', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 4).setValues([[1234.5, 0.256, new Date('2024-03-01T02:00:00Z'), true]]);
    s.getRange('A1').setNumberFormat('#,##0.00');
    s.getRange('B1').setNumberFormat('0.0%');
    s.getRange('C1').setNumberFormat('dd/mm/yyyy hh:mm');
    expect(s.getRange(1, 1, 1, 4).getDisplayValues()).toEqual([['1,234.50', '25.6%', '01/03/2024 09:00', 'TRUE']]);
  });

  it('refuses ranges outside the sheet and invalid A1 notation', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1001, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => s.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => s.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => s.getRange('not a range')).toThrow('Range not found');
    expect(s.getRange('B2:C4').getA1Notation()).toBe('B2:C4');
    expect(s.getRange('A:B').getNumRows()).toBe(1000);
  });

  it('reads and writes formats per cell with the range shape checked', () => {
    const { sheet: s } = sheet();
    const r = s.getRange(1, 1, 1, 2);
    expect(r.getBackgrounds()).toEqual([['#ffffff', '#ffffff']]);
    r.setBackgrounds([['#ff0000', '#00ff00']]).setFontWeight('bold');
    expect(r.getBackgrounds()).toEqual([['#ff0000', '#00ff00']]);
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(() => r.setBackgrounds([['#ff0000']])).toThrow(/number of columns/);
    r.setNotes([['a', '']]);
    expect(r.getNotes()).toEqual([['a', '']]);
  });

  it('merges keeping the top-left value', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1, 1, 3).setValues([['Tiêu đề', 'x', 'y']]);
    s.getRange(1, 1, 1, 3).merge();
    expect(s.getRange(1, 1, 1, 3).getValues()).toEqual([['Tiêu đề', '', '']]);
    expect(s.getRange('B1').getMergedRanges().map((m) => m.getA1Notation())).toEqual(['A1:C1']);
  });
});
