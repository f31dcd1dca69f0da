// setup() and the menu, through the modules and through the built bundle.
import { ADMIN, FLAVOURS, OFFICER, makeHarness, type Harness } from './harness';
import { SHEETS, SETTINGS_COLUMNS } from '../../src/server/sheets/names';
import { MENU_ITEMS } from '../../src/server/menu';
import entryNames from '../../src/server/entries.json';

const NOW = new Date('2024-03-10T03:00:00Z');

function workbook(h: Harness) {
  const i = h.fakes.spreadsheet;
  return i.sheetNames().map((name) => ({ name, meta: i.snapshot(name), values: i.values(name) }));
}

describe('menu', () => {
  test('every menu item names an entry function', () => {
    const names = MENU_ITEMS.filter((x): x is [string, string] => x !== null).map((x) => x[1]);
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(entryNames).toContain(n);
  });
});

describe.each(FLAVOURS)('setup (%s)', (flavour) => {
  test('creates every sheet with Vietnamese headers, hides and protects the data sheets', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.api.setup();
    const names = h.fakes.spreadsheet.sheetNames();
    for (const s of [SHEETS.settings, SHEETS.groups, SHEETS.units, SHEETS.indicators, SHEETS.calendar, SHEETS.data, SHEETS.audit]) {
      expect(names).toContain(s);
      expect(h.fakes.spreadsheet.snapshot(s).frozenRows).toBe(1);
    }
    for (const s of [SHEETS.data, SHEETS.audit]) {
      const snap = h.fakes.spreadsheet.snapshot(s);
      expect(snap.hidden).toBe(true);
      expect(snap.protection?.warningOnly).toBe(true);
    }
    const units = h.fakes.spreadsheet.values(SHEETS.units);
    expect(units[0]).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Mã nhóm', 'Email được phép nộp', 'Đang hoạt động']);
    expect(units.map((r) => r[1])).toEqual(expect.arrayContaining(['UBND thị trấn Thiên Cầm', 'UBND xã Nam Phúc Thăng', 'Trung tâm Văn hóa - Truyền thông']));
    // the admin is recorded in the settings sheet
    const settings = h.fakes.spreadsheet.values(SHEETS.settings);
    const admins = settings.find((r) => r[0] === 'admins');
    expect(String(admins?.[settings[0].indexOf(SETTINGS_COLUMNS.value)])).toContain(ADMIN);
  });

  test('running it twice changes nothing the second time', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.api.setup();
    const first = workbook(h);
    h.fakes.clock.advance(86400e3);
    h.api.setup();
    expect(workbook(h)).toEqual(first);
  });

  test('never overwrites configuration a user edited', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.api.setup();
    h.fakes.spreadsheet.sheet(SHEETS.units).getRange(2, 2).setValue('UBND thị trấn Cẩm Xuyên (đã sửa)');
    h.fakes.spreadsheet.sheet(SHEETS.units).deleteRow(5);
    const edited = h.fakes.spreadsheet.values(SHEETS.units);
    h.api.setup();
    expect(h.fakes.spreadsheet.values(SHEETS.units)).toEqual(edited);
  });

  test('puts the spreadsheet in Vietnam time and locale, once', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.fakes.spreadsheet.raw.setSpreadsheetTimeZone('America/New_York');
    h.fakes.spreadsheet.raw.setSpreadsheetLocale('en_US');
    h.api.setup();
    expect(h.fakes.spreadsheet.raw.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(h.fakes.spreadsheet.raw.getSpreadsheetLocale()).toBe('vi_VN');
    const audit = h.fakes.spreadsheet.values(SHEETS.audit).map((r) => String(r[3]));
    expect(audit).toEqual(expect.arrayContaining(['Múi giờ bảng tính', 'Ngôn ngữ và vùng của bảng tính']));
    // later, the office may choose another locale; the time zone is always put back
    h.fakes.spreadsheet.raw.setSpreadsheetLocale('en_GB');
    h.fakes.spreadsheet.raw.setSpreadsheetTimeZone('UTC');
    h.api.setup();
    expect(h.fakes.spreadsheet.raw.getSpreadsheetLocale()).toBe('en_GB');
    expect(h.fakes.spreadsheet.raw.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  test('only an admin may run it again once installed', () => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.api.setup();
    h.as(OFFICER);
    expect(() => h.api.setup()).toThrow(/chỉ quản trị viên/);
  });
});
