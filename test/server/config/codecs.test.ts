// Configuration sheets <-> domain objects: the defaults survive a round trip through the
// cells Sheets would hold, and every kind of bad row is reported in Vietnamese.
import { tableFromValues, type Cell } from '../../../src/server/sheets/table';
import { groupRows, indicatorRows, parseCatalog, unitRows } from '../../../src/server/config/catalog-codec';
import { calendarRows, parseCalendar } from '../../../src/server/config/calendar-codec';
import { parseSettings, settingsRows } from '../../../src/server/config/settings-codec';
import { DEFAULT_CATALOG, DEFAULT_SETTINGS } from '../../../src/domain/defaults';
import { DEFAULT_CALENDAR } from '../../../src/domain/calendar-defaults';
import { CALENDAR_ROW_TYPES as T } from '../../../src/server/sheets/names';
import { createFakeServices } from '../../../src/local/fakes';

/** What Sheets stores: the apostrophe marks literal text and is not part of the value. */
const stored = (rows: Cell[][]): Cell[][] =>
  rows.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith("'") ? c.slice(1) : c)));
const table = (rows: Cell[][]) => tableFromValues(stored(rows));

const fakes = createFakeServices();
/** How load-config reads a time cell: Utilities.formatDate in the spreadsheet's zone. */
const timeOfDay = (d: Date) => fakes.globals.Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'HH:mm:ss');
/** What Sheets holds after a user types `text` into a cell (a time becomes a Date on 30/12/1899). */
function typed(text: string): Cell {
  const cell = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('Z1');
  cell.setValue(text);
  return cell.getValue() as Cell;
}

const CAL_HEADER = calendarRows({ ...DEFAULT_CALENDAR, holidays: [], workingWeekends: [] })[0];
const defaultsWithWindow = { ...DEFAULT_SETTINGS, lateWindowDays: DEFAULT_CALENDAR.lateWindowDays };

test('the default catalog, calendar and settings round-trip', () => {
  const problems: string[] = [];
  const catalog = parseCatalog(table(groupRows(DEFAULT_CATALOG.groups)), table(unitRows(DEFAULT_CATALOG.units)),
    table(indicatorRows(DEFAULT_CATALOG.indicators)), problems);
  expect(catalog).toEqual(DEFAULT_CATALOG);
  expect(parseCalendar(table(calendarRows(DEFAULT_CALENDAR)), { ...DEFAULT_CALENDAR, holidays: [] }, problems, timeOfDay)).toEqual(DEFAULT_CALENDAR);
  expect(parseSettings(table(settingsRows(defaultsWithWindow)), defaultsWithWindow, problems)).toEqual(defaultsWithWindow);
  expect(problems).toEqual([]);
});

test('calendar rows accept date cells, typed dd/MM/yyyy text and time values, and report bad rows', () => {
  const problems: string[] = [];
  const midnightVn = new Date('2024-04-09T17:00:00Z'); // 10/04/2024 00:00 in Vietnam, as a date cell holds it
  const timeCell = typed('17:30'); // a Date on 30/12/1899 at 17:30 local mean time (+7:06:30)
  const cal = parseCalendar(tableFromValues([
    CAL_HEADER,
    [T.extension, '2024-Q1', 'XA_CAM_LOC', midnightVn, '', '', '', 'Mất điện'],
    [T.holiday, '', '', '2/9/2024', '', '', '', ''],
    [T.rule, 'Quý', '', '', 20, timeCell, 1, ''],
    [T.override, '2024-Q9', '', '01/04/2024', '', '', '', ''],
    [T.holiday, '', '', '31/02/2024', '', '', '', ''],
    [T.rule, 'Tuần', '', '', 16, '23:59', 0, ''],
    ['Ngày đẹp', '', '', '', '', '', '', ''],
    [T.extension, '2024-Q1', '', '10/04/2024', '', '', '', ''],
  ]), DEFAULT_CALENDAR, problems, timeOfDay);
  expect(cal.extensions).toEqual([{ unitCode: 'XA_CAM_LOC', periodId: '2024-Q1', deadline: '2024-04-10', reason: 'Mất điện' }]);
  expect(cal.holidays).toEqual(['2024-09-02']);
  expect(cal.rules.quarter).toEqual({ day: 20, time: '17:30:00', monthOffset: 1 });
  expect(cal.rules.month).toEqual(DEFAULT_CALENDAR.rules.month);
  expect(problems).toEqual([
    expect.stringContaining('dòng 5: kỳ báo cáo "2024-Q9" không hợp lệ'),
    expect.stringContaining('dòng 6: ngày "31/02/2024" không hợp lệ'),
    expect.stringContaining('dòng 7: quy tắc hạn nộp cần loại kỳ'),
    expect.stringContaining('dòng 8: loại dòng "Ngày đẹp" không hợp lệ'),
    expect.stringContaining('dòng 9: gia hạn cần mã đơn vị'),
  ]);
});

test('catalog rows: unknown kinds and types are reported, emails normalised, blanks defaulted', () => {
  const problems: string[] = [];
  const groups = groupRows([{ code: 'XA', name: 'Xã', periodKinds: ['quarter'], order: 1 }]);
  groups[1][2] = 'Quý, Tuần';
  const units = unitRows([{ code: 'XA_A', name: 'Xã A', group: 'XA', emails: [], active: true }]);
  units[1][3] = ' VanThu@Example.COM ;  b@example.com ';
  units[1][4] = '';
  const indicators = indicatorRows([{ code: 'X', label: 'X', type: 'count', groups: ['XA'], periodKinds: ['quarter'], required: true, order: 1 }]);
  indicators[1][2] = 'Số thực';
  const catalog = parseCatalog(table(groups), table(units), table(indicators), problems);
  expect(catalog.groups[0].periodKinds).toEqual(['quarter']);
  expect(catalog.units[0]).toMatchObject({ emails: ['vanthu@example.com', 'b@example.com'], active: true });
  expect(problems).toEqual([
    expect.stringContaining('loại kỳ "Tuần" không hợp lệ'),
    expect.stringContaining('kiểu dữ liệu "Số thực" không hợp lệ'),
  ]);
});

test('settings: out-of-range numbers keep the default and are reported; bad admin emails are dropped', () => {
  const problems: string[] = [];
  const rows = settingsRows(defaultsWithWindow);
  const set = (key: string, value: Cell) => { rows.find((r) => r[0] === key)![2] = value; };
  set('triggerHour', 25);
  set('admins', 'vhtt@camxuyen.gov.vn, khong-phai-email');
  set('signerTitle', 'KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n');
  const s = parseSettings(table(rows), defaultsWithWindow, problems);
  expect(s.triggerHour).toBe(DEFAULT_SETTINGS.triggerHour);
  expect(s.admins).toEqual(['vhtt@camxuyen.gov.vn']);
  expect(s.signerTitle).toEqual(['KT. TRƯỞNG PHÒNG', 'PHÓ TRƯỞNG PHÒNG']);
  expect(problems).toEqual([
    expect.stringContaining('email "khong-phai-email" không hợp lệ'),
    expect.stringContaining('(triggerHour): cần một số nguyên từ 0 đến 23'),
  ]);
});
