// The benchmark's own measurements, at two small scales: Spreadsheet calls of every entry
// function do not grow with the number of units, stay near one read and one write per sheet
// touched, and the naive summary write costs far more calls than the batched one.
import { benchScale, SUMMARY_PERIOD, type ScaleResult } from '../../../src/local/bench/run-bench';
import { SHEETS } from '../../../src/server/sheets/names';

jest.setTimeout(60_000);

let small: ScaleResult;
let large: ScaleResult;
beforeAll(() => {
  // Two warm runs: generateSummary's first run records the new report folder in the settings,
  // which drops the configuration cache once more.
  small = benchScale(40, 2);
  large = benchScale(120, 2);
});

const warm = (r: ScaleResult, name: string) => {
  const op = r.ops.find((o) => o.name === name);
  if (!op) throw new Error(name);
  return op.warm[op.warm.length - 1];
};

test('the worlds have the asked number of units and a year of data', () => {
  expect(small.units).toBe(40);
  expect(large.units).toBe(120);
  expect(large.dataRows).toBeGreaterThan(small.dataRows * 2.5);
});

test.each(['getSidebarData', 'submitReport', 'checkLateness', 'generateSummary'])('%s: Spreadsheet calls independent of the number of units', (name) => {
  expect(warm(large, name).spreadsheet).toBe(warm(small, name).spreadsheet);
  expect(warm(small, name).spreadsheet).toBeGreaterThan(0);
  expect(warm(small, name).spreadsheet).toBeLessThanOrEqual(30);
});

test('the sheets each function reads and writes are the expected ones', () => {
  expect(warm(small, 'getSidebarData').reads).toEqual([SHEETS.data]);
  expect(warm(small, 'getSidebarData').writes).toEqual([]);
  expect(warm(small, 'submitReport').writes).toContain(SHEETS.data);
  expect(warm(small, 'checkLateness').writes).toContain(SHEETS.status);
  expect(warm(small, 'generateSummary').writes).toContain(`TH ${SUMMARY_PERIOD}`);
  // The report is one .docx on Drive: no DocumentApp, at most 10 Document + Drive calls at any size.
  for (const r of [small, large]) {
    const w = warm(r, 'generateSummary');
    expect(w.document).toBe(0);
    expect(w.drive).toBeGreaterThan(0);
    expect(w.document + w.drive).toBeLessThanOrEqual(10);
  }
  expect(warm(large, 'generateSummary').drive).toBe(warm(small, 'generateSummary').drive);
});

test('cell by cell, the summary write costs hundreds of times more calls', () => {
  const { batched, naive, cells } = large.summaryWrite;
  expect(batched.spreadsheet).toBe(small.summaryWrite.batched.spreadsheet);
  expect(naive.spreadsheet).toBeGreaterThan(cells * 5);
  expect(naive.spreadsheet / batched.spreadsheet).toBeGreaterThan(100);
});
