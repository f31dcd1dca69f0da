// A time typed into a sheet is a Date on 30/12/1899 converted with the zone's historical offset
// (tz database: Asia/Ho_Chi_Minh +7:06:30 local mean time before 1906). The calendar reads it as
// Sheets shows it, with Utilities.formatDate in the spreadsheet's zone.
import { makeHarness, ADMIN } from '../harness';
import { invalidateConfig, loadConfig } from '../../../src/server/config/load-config';
import { CALENDAR_COLUMNS, CALENDAR_ROW_TYPES, SHEETS } from '../../../src/server/sheets/names';
import { offsetMinutes } from '../../../src/local/fakes/timezone';

const now = new Date('2024-03-10T08:00:00+07:00');

test('the tz database gives Asia/Ho_Chi_Minh +7:06:30 on 30/12/1899 and +7:00 today', () => {
  expect(offsetMinutes(Date.UTC(1899, 11, 30, 10), 'Asia/Ho_Chi_Minh')).toBe(7 * 60 + 6.5);
  expect(offsetMinutes(Date.UTC(2024, 2, 10), 'Asia/Ho_Chi_Minh')).toBe(7 * 60);
});

test('a typed 17:00 in the calendar sheet is read as 17:00:00, not 16:53:30', () => {
  const h = makeHarness('modules', now, ADMIN);
  h.api.setup();
  const values = h.fakes.spreadsheet.values(SHEETS.calendar);
  const header = values[0] as string[];
  const row = values.findIndex((r) => r[0] === CALENDAR_ROW_TYPES.rule && r[1] === 'Quý');
  expect(row).toBeGreaterThan(0);
  const cell = h.fakes.spreadsheet.sheet(SHEETS.calendar).getRange(row + 1, header.indexOf(CALENDAR_COLUMNS.time) + 1);
  // A row pasted from another sheet brings its own (automatic) format instead of setup's text format.
  cell.setNumberFormat('General');
  cell.setValue('17:00'); // what the office types
  const stored = cell.getValue() as Date;
  expect(Object.prototype.toString.call(stored)).toBe('[object Date]');
  expect(stored.toISOString()).toBe('1899-12-30T09:53:30.000Z');
  expect(cell.getDisplayValue()).toBe('17:00:00');
  // the old reading (fixed +7 h) gives 16:53:30
  expect(new Date(stored.getTime() + 7 * 3600e3).toISOString().slice(11, 19)).toBe('16:53:30');
  invalidateConfig(h.env);
  expect(loadConfig(h.env).calendar.rules.quarter.time).toBe('17:00:00');
});
