// A local workbook saved to JSON and restored reads exactly as before, and keeps working:
// the same sheets, cells, formats, protections, triggers, properties, outbox and Drive files.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FormData } from '../../../src/contract/rpc';
import { LocalWorkbook } from '../../../src/local/workbook/local-workbook';
import { ADMIN, OFFICER, OFFICER_UNIT } from '../../../src/local/workbook/people';
import { WorkbookStore } from '../../../src/local/workbook/store';
import { SHEETS } from '../../../src/server/sheets/names';

let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-store-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function submit(wb: LocalWorkbook): unknown {
  wb.as(OFFICER);
  const form = wb.call<FormData>('getForm', OFFICER_UNIT, '2024-Q1');
  const values = Object.fromEntries(form.indicators.map((i) => [i.code, i.type === 'count' ? 7 : i.type === 'boolean' ? true : "'=1+1 & 007"]));
  return wb.call('submitReport', { unitCode: OFFICER_UNIT, periodId: '2024-Q1', values, requestId: randomBytes(16).toString('hex') });
}

test('save, load and go on: the restored workbook is the saved one', () => {
  const wb = new LocalWorkbook({ now: new Date('2024-03-12T09:00:00+07:00'), pdf: 'stand-in' });
  wb.install();
  expect(submit(wb)).toMatchObject({ ok: true, revision: 1 });
  wb.advanceTo(new Date('2024-03-20T09:00:00+07:00')); // daily checks: status sheet, reminder log, outbox
  wb.as(ADMIN);
  expect(wb.call('generateSummary', '2024-Q1')).toMatchObject({ ok: true });

  const store = new WorkbookStore<{ note: string }>(path.join(dir, 'wb.json'));
  store.save(wb.snapshot(), { note: 'kept' });
  const loaded = store.load();
  expect(loaded?.extra).toEqual({ note: 'kept' });
  const again = new LocalWorkbook({ snapshot: loaded!.workbook, pdf: 'stand-in' });

  const a = wb.services.spreadsheet;
  const b = again.services.spreadsheet;
  expect(b.sheetNames()).toEqual(a.sheetNames());
  for (const name of a.sheetNames()) {
    expect(b.values(name)).toEqual(a.values(name));
    expect(b.snapshot(name)).toEqual(a.snapshot(name));
    expect(b.sheet(name).getRange(1, 1, 3, 3).getBackgrounds()).toEqual(a.sheet(name).getRange(1, 1, 3, 3).getBackgrounds());
  }
  expect(again.services.triggers.records()).toEqual(wb.services.triggers.records());
  expect(again.services.outbox).toEqual(wb.services.outbox);
  expect(Object.fromEntries(again.services.properties.script)).toEqual(Object.fromEntries(wb.services.properties.script));
  expect(again.now().getTime()).toBe(wb.now().getTime());
  expect(again.services.drive.files().map((f) => f.name)).toEqual(wb.services.drive.files().map((f) => f.name));
  expect(again.snapshot()).toEqual(wb.snapshot());

  // It keeps working: a revision lands after the restored rows, a new report gets fresh Drive ids.
  expect(submit(again)).toMatchObject({ ok: true, revision: 2 });
  expect(b.values(SHEETS.data)).toHaveLength(a.values(SHEETS.data).length + 1);
  again.as(ADMIN);
  expect(again.call('generateSummary', '2024-Q1')).toMatchObject({ ok: true });
  const ids = again.services.drive.files().map((f) => f.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('a damaged file is reported and ignored', () => {
  const store = new WorkbookStore(path.join(dir, 'missing.json'));
  expect(store.load()).toBeNull();
  const broken = new WorkbookStore(path.join(dir, 'broken.json'));
  require('node:fs').writeFileSync(broken.file, '{"workbook": 1');
  const problems: string[] = [];
  expect(broken.load((m) => problems.push(m))).toBeNull();
  expect(problems).toHaveLength(1);
});
