// The status sheet is rewritten in place: a smaller grid leaves nothing stale behind, and a
// sheet deleted or cut down by hand is rebuilt.
import { FLAVOURS, ADMIN, at, deactivate, makeLatenessHarness, type LatenessHarness } from './harness';
import { SHEETS } from '../../../src/server/sheets/names';
import { STATUS_PLACEHOLDER } from '../../../src/server/lateness/sheets';

function ready(flavour: (typeof FLAVOURS)[number]): LatenessHarness {
  const h = makeLatenessHarness(flavour, new Date('2024-03-01T08:00:00+07:00'), ADMIN);
  h.setup();
  return h;
}

const grid = (h: LatenessHarness) => h.fakes.spreadsheet.values(SHEETS.status);
const unitCodes = (h: LatenessHarness) => grid(h).map((r) => String(r[0])).filter((c) => /^[A-Z]+_|^TTHCC$|^TTVHTT$|^THANH_TRA$/.test(c));

describe.each(FLAVOURS)('status sheet (%s)', (flavour) => {
  test('setup creates it with a hint; the first check replaces the hint with the grid', () => {
    const h = ready(flavour);
    expect(grid(h)[0][2]).toBe(STATUS_PLACEHOLDER);
    at(h, '2024-03-19T07:00');
    h.check();
    expect(grid(h)[0].slice(0, 3)).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Tháng 1/2024']);
    expect(unitCodes(h)).toHaveLength(36);
  });

  test('fewer units and periods: the leftover cells are blank, white and without notes', () => {
    const h = ready(flavour);
    at(h, '2024-03-19T07:00');
    h.check();
    const before = grid(h);
    deactivate(h, 'P_NOI_VU', 'P_TU_PHAP', 'TTVHTT', 'TTHCC'); // no more monthly columns, four rows fewer
    h.check();
    const after = grid(h);
    expect(unitCodes(h)).toHaveLength(32);
    expect(after.length).toBe(before.length - 4);
    expect(after[0]).toHaveLength(2 + 6);
    const sheet = h.fakes.spreadsheet.sheet(SHEETS.status);
    const stale = sheet.getRange(after.length + 1, 1, before.length - after.length, before[0].length);
    expect(stale.getValues().flat().every((v) => v === '')).toBe(true);
    expect(stale.getBackgrounds().flat().every((c) => c === '#ffffff')).toBe(true);
    expect(stale.getNotes().flat().every((n) => n === '')).toBe(true);
    const right = sheet.getRange(1, after[0].length + 1, after.length, before[0].length - after[0].length);
    expect(right.getNotes().flat().every((n) => n === '')).toBe(true);
  });

  test('a status sheet deleted or cut down by hand is rebuilt', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const h = ready(flavour);
    at(h, '2024-03-19T07:00');
    h.check();
    const expected = grid(h);
    h.fakes.spreadsheet.raw.deleteSheet(h.fakes.spreadsheet.sheet(SHEETS.status));
    h.check();
    expect(grid(h)).toEqual(expected);
    const sheet = h.fakes.spreadsheet.sheet(SHEETS.status);
    sheet.deleteRows(10, sheet.getMaxRows() - 10);
    h.check();
    expect(grid(h)).toEqual(expected);
    expect(h.fakes.spreadsheet.snapshot(SHEETS.status)).toMatchObject({ frozenRows: 2, frozenColumns: 2 });
    // the modules log the fallback to the console; the bundle to its own (fake) console
    if (flavour === 'modules') expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
