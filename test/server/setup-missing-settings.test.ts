// Setup appends the settings keys an older sheet lacks (areaName came later), with the defaults of
// the preset the sheet still matches, below the existing rows, in one write; a second setup
// changes nothing; values the office edited are kept; the settings sheet stays protected.
import { ADMIN, FLAVOURS, OFFICER, installWithPreset, type Harness } from './harness';
import { SETTINGS_COLUMNS, SHEETS } from '../../src/server/sheets/names';
import { COLORS } from '../../src/server/summary/summary-grid';

const NOW = new Date('2025-10-10T09:00:00+07:00');

const install = (flavour: (typeof FLAVOURS)[number], answer: string): Harness => installWithPreset(flavour, NOW, answer);

const values = (h: Harness) => h.fakes.spreadsheet.values(SHEETS.settings);
const col = (h: Harness, name: string) => (values(h)[0] as string[]).indexOf(name);
const rowOf = (h: Harness, key: string) => values(h).findIndex((r) => r[col(h, SETTINGS_COLUMNS.key)] === key);
const valueOf = (h: Harness, key: string) => values(h)[rowOf(h, key)]?.[col(h, SETTINGS_COLUMNS.value)];

/** As a sheet from before the key existed: its row deleted. */
function dropKey(h: Harness, key: string): void {
  h.fakes.spreadsheet.sheet(SHEETS.settings).deleteRow(rowOf(h, key) + 1);
}

function setValue(h: Harness, key: string, value: string): void {
  h.fakes.spreadsheet.sheet(SHEETS.settings).getRange(rowOf(h, key) + 1, col(h, SETTINGS_COLUMNS.value) + 1).setValue(value);
}

function grandTotal(h: Harness): string {
  const r = h.api.generateSummary('2025-Q3') as { ok: boolean; sheetName: string };
  expect(r.ok).toBe(true);
  const range = h.fakes.spreadsheet.sheet(r.sheetName).getDataRange();
  return String(range.getValues()[range.getBackgrounds().findIndex((x) => x[1] === COLORS.total)][1]);
}

const audits = (h: Harness) => h.fakes.spreadsheet.values(SHEETS.audit).filter((r) => String(r[4]).startsWith('Thêm dòng cài đặt còn thiếu'));

describe.each(FLAVOURS)('setup appends missing settings rows (%s)', (flavour) => {
  it('an old provincial sheet without areaName gains "tỉnh" at the end; a second setup changes nothing', () => {
    const h = install(flavour, '2');
    dropKey(h, 'areaName');
    const old = values(h).map((r) => [...r]);
    expect(rowOf(h, 'areaName')).toBe(-1);

    h.api.setup();
    const after = values(h);
    expect(after.slice(0, old.length)).toEqual(old); // nothing existing rewritten or moved
    expect(after).toHaveLength(old.length + 1);
    expect(after[old.length][col(h, SETTINGS_COLUMNS.key)]).toBe('areaName');
    expect(String(after[old.length][col(h, SETTINGS_COLUMNS.label)])).toContain('Địa bàn tổng hợp');
    expect(valueOf(h, 'areaName')).toBe('tỉnh');
    expect(audits(h).map((r) => r[4])).toEqual(['Thêm dòng cài đặt còn thiếu với giá trị mặc định: areaName = "tỉnh"']);
    expect(grandTotal(h)).toBe('Tổng cộng toàn tỉnh');
    // Still fully protected for the admins.
    const p = h.fakes.spreadsheet.sheet(SHEETS.settings).getProtections('SHEET')[0];
    expect([p.isWarningOnly(), p._editorEmails()]).toEqual([false, [ADMIN]]);

    const once = values(h).map((r) => [...r]);
    h.api.setup();
    expect(values(h)).toEqual(once);
    expect(audits(h)).toHaveLength(1);
  });

  it('keeps a value the office edited and appends only what is missing, all in one write', () => {
    const h = install(flavour, '1');
    setValue(h, 'areaName', 'huyện Cẩm Xuyên');
    dropKey(h, 'nextTasks');
    dropKey(h, 'directionText');
    h.fakes.counters.reset();
    h.api.setup();
    const appending = h.fakes.counters.methods('spreadsheet');
    h.fakes.counters.reset();
    h.api.setup(); // nothing missing now
    const steady = h.fakes.counters.methods('spreadsheet');
    const total = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    console.log(`[setup ${flavour}] Spreadsheet calls: ${total(appending)} appending 2 settings rows, ${total(steady)} with none missing`);
    expect((appending['Range.setValues'] ?? 0) - (steady['Range.setValues'] ?? 0)).toBe(1); // one batched write
    expect(appending['Range.setValue'] ?? 0).toBe(steady['Range.setValue'] ?? 0); // never cell by cell
    const diff = Object.fromEntries(Object.keys({ ...appending, ...steady }).map((k) => [k, (appending[k] ?? 0) - (steady[k] ?? 0)]).filter(([, n]) => n !== 0));
    // The append: one getMaxRows, one getRange, one setValues; the audit row: getSheetByName, appendRow, flush.
    expect(diff).toEqual({ 'Sheet.getMaxRows': 1, 'Sheet.getRange': 1, 'Range.setValues': 1, 'Spreadsheet.getSheetByName': 1, 'Sheet.appendRow': 1, 'SpreadsheetApp.flush': 1 });
    expect(valueOf(h, 'areaName')).toBe('huyện Cẩm Xuyên');
    const keys = values(h).map((r) => r[col(h, SETTINGS_COLUMNS.key)]);
    expect(keys.slice(-2)).toEqual(['directionText', 'nextTasks']); // the codec's order
    expect(String(valueOf(h, 'directionText'))).toContain('167/KH-UBND');
    expect(audits(h)).toHaveLength(1);
  });

  it('without a preset that matches the sheet, a missing areaName is left blank ("Tổng cộng"), never "huyện"', () => {
    const h = install(flavour, '2');
    setValue(h, 'issuingBody', 'VĂN PHÒNG UBND TỈNH');
    dropKey(h, 'areaName');
    h.api.setup();
    expect(rowOf(h, 'areaName')).toBeGreaterThan(0);
    expect(valueOf(h, 'areaName')).toBe('');
    expect(grandTotal(h)).toBe('Tổng cộng');
  });

  it('an officer cannot run setup on an installed sheet: the missing row is not added', () => {
    const h = install(flavour, '2');
    dropKey(h, 'areaName');
    const old = values(h).map((r) => [...r]);
    h.as(OFFICER);
    expect(() => h.api.setup()).toThrow('chỉ quản trị viên');
    expect(values(h)).toEqual(old);
  });
});
