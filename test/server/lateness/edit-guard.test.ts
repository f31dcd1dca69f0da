// The on-edit guard: a manual single-cell edit to the data sheet is put back and audited, a
// multi-cell one is audited, a configuration edit drops the cached configuration.
import { GENERATION_PROPERTY } from '../../../src/server/config/config-cache';
import { FLAVOURS, ADMIN, OFFICER, at, makeLatenessHarness, records, submitCommune, type LatenessHarness } from './harness';
import { DATA_COLUMNS, SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import { loadConfig } from '../../../src/server/config/load-config';
import { restoreValue } from '../../../src/server/lateness/edit-guard';
import type { EditEvent } from '../../../src/server/lateness/edit-guard';
import { editEventOf } from '../../../src/local/fakes/edit-event';

function ready(flavour: (typeof FLAVOURS)[number]): LatenessHarness {
  const h = makeLatenessHarness(flavour, new Date('2024-03-10T08:00:00+07:00'), ADMIN);
  h.setup();
  at(h, '2024-03-12T10:00');
  submitCommune(h, 'XA_CAM_BINH', '2024-Q1');
  return h;
}

/** What Sheets does on a manual edit: the cells change, then the installable trigger gets an event. */
function manualEdit(h: LatenessHarness, sheet: string, row: number, col: number, values: unknown[][], extra: Partial<EditEvent> = {}): EditEvent {
  h.fakes.spreadsheet.sheet(sheet).getRange(row, col, values.length, values[0].length).setValues(values);
  const range = h.fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!
    .getRange(row, col, values.length, values[0].length) as unknown as GoogleAppsScript.Spreadsheet.Range;
  return { range, user: { getEmail: () => OFFICER }, ...extra };
}

const edits = (h: LatenessHarness) => records(h, SHEETS.audit).filter((r) => r['Hành động'] === 'Sửa tay trang dữ liệu');

describe.each(FLAVOURS)('edit guard (%s)', (flavour) => {
  test('a single-cell edit to the data sheet is restored and audited with editor, old and new value', () => {
    const h = ready(flavour);
    const header = h.fakes.spreadsheet.values(SHEETS.data)[0] as string[];
    const col = header.indexOf('TIN_BAI') + 1;
    expect(h.fakes.spreadsheet.values(SHEETS.data)[1][col - 1]).toBe(12);
    const e = manualEdit(h, SHEETS.data, 2, col, [[99]], { oldValue: '12', value: '99' });
    expect(h.fakes.spreadsheet.values(SHEETS.data)[1][col - 1]).toBe(99);
    h.onEdit(e);
    expect(h.fakes.spreadsheet.values(SHEETS.data)[1][col - 1]).toBe(12);
    const [entry] = edits(h);
    expect(entry['Người thực hiện']).toBe(OFFICER);
    expect(entry['Đối tượng']).toBe(`${SHEETS.data}!${String.fromCharCode(64 + col)}2`);
    expect(entry['Chi tiết']).toBe(`Người sửa: ${OFFICER}. Giá trị cũ: "12"; giá trị mới: "99". Đã khôi phục giá trị cũ.`);
  });

  test('text that looks like a formula goes back as text; a typed-in empty cell is emptied again', () => {
    const h = ready(flavour);
    const header = h.fakes.spreadsheet.values(SHEETS.data)[0] as string[];
    const note = header.indexOf(DATA_COLUMNS.note) + 1;
    h.onEdit(manualEdit(h, SHEETS.data, 2, note, [['sửa']], { oldValue: '=1+1 là hai', value: 'sửa' }));
    expect(h.fakes.spreadsheet.values(SHEETS.data)[1][note - 1]).toBe('=1+1 là hai');
    expect(h.fakes.spreadsheet.formulas(SHEETS.data)[1][note - 1]).toBe('');
    h.onEdit(manualEdit(h, SHEETS.data, 5, 1, [['rác']], { value: 'rác' }));
    expect(h.fakes.spreadsheet.values(SHEETS.data)).toHaveLength(2);
    expect(restoreValue(undefined)).toBe('');
    expect(restoreValue('-3')).toBe('-3');
    expect(restoreValue('@x')).toBe("'@x");
  });

  test('a multi-cell edit is audited with the new values and left for a person to check', () => {
    const h = ready(flavour);
    const e = manualEdit(h, SHEETS.data, 2, 3, [['XA_KHAC', '2024-Q2']]);
    h.onEdit(e);
    expect(h.fakes.spreadsheet.values(SHEETS.data)[1].slice(2, 4)).toEqual(['XA_KHAC', '2024-Q2']);
    const [entry] = edits(h);
    expect(entry['Đối tượng']).toBe(`${SHEETS.data}!C2:D2`);
    expect(entry['Người thực hiện']).toBe(OFFICER);
    expect(entry['Chi tiết']).toContain('Sửa 2 ô');
    expect(entry['Chi tiết']).toContain('giá trị mới: [["XA_KHAC","2024-Q2"]]');
    expect(entry['Chi tiết']).toContain('Không tự khôi phục được');
  });

  test('a paste over one row arrives as Google sends it (no value, no oldValue) and is logged, not restored', () => {
    const h = ready(flavour);
    const before = h.fakes.spreadsheet.values(SHEETS.data)[1].slice(2, 4);
    h.fakes.spreadsheet.sheet(SHEETS.data).getRange(2, 3, 1, 2).setValues([['XA_DAN', '2023-Q4']]);
    const range = h.fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEETS.data)!.getRange(2, 3, 1, 2);
    const e = editEventOf(range, before[0], null, 'uid', OFFICER);
    expect(e.value).toBeUndefined();
    expect(e.oldValue).toBeUndefined();
    h.onEdit(e as unknown as EditEvent);
    expect(h.fakes.spreadsheet.values(SHEETS.data)[1].slice(2, 4)).toEqual(['XA_DAN', '2023-Q4']);
    expect(edits(h)[0]['Chi tiết']).toContain('Sửa 2 ô');
  });

  test('the fakes give a single cell its value and, when it had one, its old value', () => {
    const h = ready(flavour);
    const range = h.fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEETS.status)!.getRange(1, 1);
    range.setValue(7);
    expect(editEventOf(range, 'cũ', null, 'uid', OFFICER)).toMatchObject({ value: '7', oldValue: 'cũ' });
    expect('oldValue' in editEventOf(range, '', null, 'uid', OFFICER)).toBe(false);
  });

  test('edits to the audit log itself are restored and logged too', () => {
    const h = ready(flavour);
    const before = h.fakes.spreadsheet.values(SHEETS.audit);
    const e = manualEdit(h, SHEETS.audit, 2, 5, [['xóa dấu vết']], { oldValue: String(before[1][4]), value: 'xóa dấu vết' });
    h.onEdit(e);
    expect(h.fakes.spreadsheet.values(SHEETS.audit)[1][4]).toBe(before[1][4]);
    expect(edits(h)).toHaveLength(1);
  });

  test('a configuration edit drops the cached configuration; other sheets are left alone', () => {
    const h = ready(flavour);
    loadConfig(h.env);
    expect(h.fakes.cache.script.size).toBeGreaterThan(0);
    const generation = () => h.fakes.properties.script.get(GENERATION_PROPERTY);
    const before = generation();
    const values = h.fakes.spreadsheet.values(SHEETS.units);
    const row = values.findIndex((r) => r[0] === 'XA_CAM_BINH') + 1;
    const col = (values[0] as string[]).indexOf(UNIT_COLUMNS.name) + 1;
    h.onEdit(manualEdit(h, SHEETS.units, row, col, [['UBND xã Cẩm Bình (mới)']], { oldValue: 'UBND xã Cẩm Bình', value: 'UBND xã Cẩm Bình (mới)' }));
    expect(generation()).not.toBe(before); // the cached copy is filed under a generation nobody reads now
    expect(loadConfig(h.env).catalog.units.find((u) => u.code === 'XA_CAM_BINH')?.name).toBe('UBND xã Cẩm Bình (mới)');
    const afterEdit = generation();
    h.onEdit(manualEdit(h, SHEETS.status, 1, 1, [['x']], { value: 'x' }));
    expect(edits(h)).toHaveLength(0);
    expect(generation()).toBe(afterEdit);
    expect(h.fakes.spreadsheet.values(SHEETS.units)[row - 1][col - 1]).toBe('UBND xã Cẩm Bình (mới)');
  });
});
