import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createFakeServices } from '../../../src/local/fakes';
import { FORBIDDEN_GLOBALS, loadBundle } from '../../../src/local/vm/load-bundle';

function scriptFile(code: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-test-'));
  const file = path.join(dir, 'Code.js');
  writeFileSync(file, code, 'utf8');
  return file;
}

const PROBE = `
var __app = (function () { return { helper: 1 }; })();
function probeGlobals(names) {
  return names.filter(function (n) { return typeof globalThis[n] !== 'undefined'; });
}
function appsScriptGlobals() {
  return ['SpreadsheetApp', 'PropertiesService', 'LockService', 'Session', 'Utilities', 'HtmlService', 'Logger', 'console']
    .filter(function (n) { return typeof globalThis[n] !== 'undefined'; });
}
function nowIso() { return new Date().toISOString(); }
function nowMs() { return Date.now(); }
function dateWithArgs() { return new Date(2020, 0, 2).getFullYear(); }
function echo(x) { return { got: x, isArray: Array.isArray(x && x.list), proto: Object.getPrototypeOf(x) === Object.prototype }; }
function cellDateIsDate() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  sheet.getRange(1, 1).setValue(new Date(Date.UTC(2024, 4, 6)));
  var v = sheet.getRange(1, 1).getValue();
  return { isDate: v instanceof Date, iso: v.toISOString() };
}
function failing() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Sheet1'); }
function serviceErrorIsError() {
  try { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Sheet1'); } catch (e) { return { isError: e instanceof Error, name: e.name, text: String(e) }; }
}
function returnsDate() { return { at: new Date() }; }
`;

describe('loadBundle', () => {
  const now = new Date('2024-05-06T03:04:05.000Z');

  it('exposes no forbidden global and all Apps Script globals', () => {
    const services = createFakeServices({ now });
    const bundle = loadBundle(services, { codePath: scriptFile(PROBE) });
    expect(bundle.call('probeGlobals', [...FORBIDDEN_GLOBALS])).toEqual([]);
    expect(bundle.call('appsScriptGlobals')).toHaveLength(8);
    // The probe really detects globals: it finds JS built-ins that exist.
    expect(bundle.call('probeGlobals', ['JSON', 'Math', 'setTimeout'])).toEqual(['JSON', 'Math']);
  });

  it('lists the top-level functions as entry names', () => {
    const bundle = loadBundle(createFakeServices({ now }), { codePath: scriptFile(PROBE) });
    expect(bundle.entryNames()).toEqual(expect.arrayContaining(['probeGlobals', 'nowIso', 'failing']));
    expect(bundle.entryNames()).not.toContain('SpreadsheetApp');
    expect(bundle.entryNames()).not.toContain('__app');
  });

  it('makes new Date() and Date.now() follow the fake clock', () => {
    const services = createFakeServices({ now });
    const bundle = loadBundle(services, { codePath: scriptFile(PROBE) });
    expect(bundle.call('nowIso')).toBe('2024-05-06T03:04:05.000Z');
    services.clock.advance(60_000);
    expect(bundle.call('nowMs')).toBe(now.getTime() + 60_000);
    expect(bundle.call('dateWithArgs')).toBe(2020);
  });

  it('clones arguments into the context and results out as plain JSON', () => {
    const bundle = loadBundle(createFakeServices({ now }), { codePath: scriptFile(PROBE) });
    expect(bundle.call('echo', { list: [1, 2], when: new Date(0) })).toEqual({
      got: { list: [1, 2], when: '1970-01-01T00:00:00.000Z' }, isArray: true, proto: true,
    });
    expect(bundle.call('returnsDate')).toEqual({ at: now.toISOString() });
    const raw = bundle.callRaw<{ at: Date }>('returnsDate');
    expect(Object.prototype.toString.call(raw.at)).toBe('[object Date]');
  });

  it('gives the bundle its own realm Dates and Errors from the fakes', () => {
    const bundle = loadBundle(createFakeServices({ now }), { codePath: scriptFile(PROBE) });
    expect(bundle.call('cellDateIsDate')).toEqual({ isDate: true, iso: '2024-05-06T00:00:00.000Z' });
    expect(bundle.call('serviceErrorIsError')).toEqual({
      isError: true, name: 'Exception', text: 'Exception: A sheet with the name "Sheet1" already exists. Please enter another name.',
    });
  });

  it('rethrows errors as host Errors with the same message', () => {
    const bundle = loadBundle(createFakeServices({ now }), { codePath: scriptFile(PROBE) });
    expect(() => bundle.call('failing')).toThrow(/already exists/);
    expect(() => bundle.call('nope')).toThrow(/no top-level function nope/);
  });

  it('counts service calls made by the bundle', () => {
    const services = createFakeServices({ now });
    const bundle = loadBundle(services, { codePath: scriptFile(PROBE) });
    bundle.call('cellDateIsDate');
    expect(services.counters.byMethod['Range.setValue']).toBe(1);
    expect(services.counters.byMethod['Range.getValue']).toBe(1);
    expect(services.counters.spreadsheet).toBe(6); // getActiveSpreadsheet, getActiveSheet, 2 x getRange, setValue, getValue
  });
});
