// The on-edit guard: a manual single-cell edit to the data sheet is put back and audited, a
// multi-cell one is audited, a configuration edit drops the cached configuration.
import { GENERATION_PROPERTY } from '../../../src/server/config/config-cache';
import { FLAVOURS, ADMIN, OFFICER, at, makeLatenessHarness, records, submitCommune, type LatenessHarness } from './harness';
import { DATA_COLUMNS, SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import { loadConfig } from '../../../src/server/config/load-config';
import { restoreValue } from '../../../src/server/lateness/edit-guard';
import type { EditEvent } from '../../../src/server/lateness/edit-guard';

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
    h.onEdit(manualEdit(h, SHEETS.units, row, col, [['Xã Cẩm Bình (mới)']], { oldValue: 'Xã Cẩm Bình', value: 'Xã Cẩm Bình (mới)' }));
    expect(generation()).not.toBe(before); // the cached copy is filed under a generation nobody reads now
    expect(loadConfig(h.env).catalog.units.find((u) => u.code === 'XA_CAM_BINH')?.name).toBe('Xã Cẩm Bình (mới)');
    const afterEdit = generation();
    h.onEdit(manualEdit(h, SHEETS.status, 1, 1, [['x']], { value: 'x' }));
    expect(edits(h)).toHaveLength(0);
    expect(generation()).toBe(afterEdit);
    expect(h.fakes.spreadsheet.values(SHEETS.units)[row - 1][col - 1]).toBe('Xã Cẩm Bình (mới)');
  });
});
