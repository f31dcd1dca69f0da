// generateSummary through the modules and the bundle, on the seeded quarter.
import { ADMIN, FLAVOURS, OFFICER, makeHarness, type Harness } from '../harness';
import { SEED, SEED_NOW_Q1, seedQuarter } from '../../fixtures/seed-quarter';
import { seedSeparateSubmissionGroups } from '../../fixtures/office-config';
import { SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import { recordRow } from '../../../src/server/storage/submissions';
import { calendarRows } from '../../../src/server/config/calendar-codec';
import { invalidateConfig } from '../../../src/server/config/load-config';
import type { SubmissionRecord } from '../../../src/domain/types';
import { unzipSync, strFromU8 } from 'fflate';
import { DOCX_MIME } from '../../../src/domain/docx/package';
import { STAND_IN_PDF_MARK, standInExporter } from '../../../src/local/report/exporters';

type Ok = { ok: true; periodId: string; sheetName: string; docUrl: string; pdfUrl: string; docxUrl: string; totals: Record<string, number>; onTime: string[]; late: string[]; missing: string[] };

function seeded(flavour: (typeof FLAVOURS)[number], extraUnits = 0): { h: Harness; records: SubmissionRecord[] } {
  const h = makeHarness(flavour, SEED_NOW_Q1, ADMIN);
  h.api.setup();
  const seed = seedQuarter();
  const header = h.fakes.spreadsheet.values(SHEETS.data)[0] as string[];
  h.fakes.spreadsheet.seed(SHEETS.data, seed.submissions.map((r) => recordRow(header, r)));
  h.fakes.spreadsheet.seed(SHEETS.calendar, calendarRows(seed.calendar), 1);
  seedSeparateSubmissionGroups(h.fakes); // the seed's office has every group report to it
  if (extraUnits) {
    const cols = h.fakes.spreadsheet.values(SHEETS.units)[0] as string[];
    h.fakes.spreadsheet.seed(SHEETS.units, Array.from({ length: extraUnits }, (_, i) => cols.map((c) =>
      c === UNIT_COLUMNS.code ? `XA_THEM_${i}` : c === UNIT_COLUMNS.name ? `Xã Thêm ${i}` : c === UNIT_COLUMNS.group ? 'XA' : c === UNIT_COLUMNS.active ? 'Có' : '')));
  }
  invalidateConfig(h.env);
  return { h, records: seed.submissions };
}

/** Sum of the latest revision per unit, computed here independently of the domain builder. */
function expectedTotal(records: SubmissionRecord[], periodId: string, code: string, now: Date): number {
  const latest = new Map<string, SubmissionRecord>();
  for (const r of records) {
    if (r.periodId !== periodId || r.submittedAt.getTime() > now.getTime()) continue;
    const cur = latest.get(r.unitCode);
    if (!cur || r.revision > cur.revision) latest.set(r.unitCode, r);
  }
  let sum = 0;
  for (const r of latest.values()) sum += r.nothingToReport ? 0 : Number(r.values[code] ?? 0) || 0;
  return sum;
}

describe.each(FLAVOURS)('generateSummary (%s)', (flavour) => {
  test('builds the sheet, the Doc and the PDF with the right totals and lists', () => {
    const { h, records } = seeded(flavour);
    const r = h.api.generateSummary('2024-Q1') as Ok;
    expect(r.ok).toBe(true);
    expect(r.sheetName).toBe('TH 2024-Q1');
    for (const code of ['TIN_BAI', 'TO_ROI', 'LOP_TAP_HUAN', 'HOI_NGHI_LONG_GHEP']) {
      expect([code, r.totals[code]]).toEqual([code, expectedTotal(records, '2024-Q1', code, SEED_NOW_Q1)]);
    }
    expect(r.late.sort()).toEqual([...SEED.late].sort());
    expect(r.missing.sort()).toEqual([...SEED.missing].sort());
    expect(r.onTime).toContain(SEED.extendedOnTime);
    expect(r.missing).not.toContain(SEED.extendedNotDue);
    expect(h.fakes.spreadsheet.sheetNames()).toContain('TH 2024-Q1');
    // the Doc, the .docx and the PDF are in the folder the script created and recorded in the settings
    const settings = h.fakes.spreadsheet.values(SHEETS.settings);
    const folderId = String(settings.find((row) => row[0] === 'driveFolderId')?.[2]);
    expect(folderId).not.toBe('');
    const files = h.fakes.drive.files().filter((f) => f.folderId === folderId);
    expect(files.map((f) => f.mimeType).sort()).toEqual(['application/pdf', 'application/vnd.google-apps.document', DOCX_MIME]);
    expect(files.map((f) => f.name).sort()).toEqual(['BC CCHC Quý I-2024', 'BC CCHC Quý I-2024.docx', 'BC CCHC Quý I-2024.pdf']);
    const byMime = (m: string) => files.find((f) => f.mimeType === m)!;
    const doc = byMime('application/vnd.google-apps.document');
    expect(r.docUrl).toBe(`https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`);
    expect(r.docxUrl).toContain(byMime(DOCX_MIME).id);
    expect(r.pdfUrl).toContain(byMime('application/pdf').id);
    // The Doc is converted from the very .docx kept beside it, which names every unit.
    const source = h.fakes.drive.source(doc.id)!;
    expect(source.mimeType).toBe(DOCX_MIME);
    expect(Buffer.from(source.bytes).equals(Buffer.from(byMime(DOCX_MIME).bytes!))).toBe(true);
    const xml = strFromU8(unzipSync(source.bytes)['word/document.xml']);
    for (const name of ['UBND xã Cẩm Duệ', 'UBND thị trấn Thiên Cầm', 'Trung tâm Văn hóa - Truyền thông']) expect(xml).toContain(name);
    expect(Buffer.from(byMime('application/pdf').bytes!).toString('latin1')).toContain(STAND_IN_PDF_MARK);
    // regenerating replaces the sheet rather than adding another
    expect((h.api.generateSummary('2024-Q1') as Ok).ok).toBe(true);
    expect(h.fakes.spreadsheet.sheetNames().filter((n) => n === 'TH 2024-Q1')).toHaveLength(1);
  });

  test('defaults to the most recent period past its deadline', () => {
    const { h } = seeded(flavour);
    expect((h.api.generateSummary() as Ok).periodId).toBe('2024-Q1');
  });

  test('is for admins only and refuses a bad period', () => {
    const { h } = seeded(flavour);
    expect(h.api.generateSummary('2024-Q7')).toMatchObject({ ok: false, errors: [{ field: 'periodId' }] });
    h.as(OFFICER);
    expect(h.api.generateSummary('2024-Q1')).toMatchObject({ ok: false, errors: [{ field: 'user', message: expect.stringContaining('quản trị viên') }] });
  });

  // 25, plus 5 to protect the new summary sheet for the admins (issue 13).
  test.each([40, 400])('Spreadsheet calls stay within 30 and Document + Drive calls within 10 for %i units', (units) => {
    const { h } = seeded(flavour, units - 36);
    h.api.generateSummary('2024-Q1'); // creates the report folder (recorded in the settings sheet)
    h.fakes.counters.reset();
    h.api.generateSummary('2024-Q1'); // re-reads the configuration the folder id changed
    const cold = h.fakes.counters.spreadsheet;
    h.fakes.counters.reset();
    const r = h.api.generateSummary('2024-Q1') as Ok;
    expect(r.ok).toBe(true);
    console.log(`[budget ${flavour}] generateSummary, ${units} units: ${h.fakes.counters.spreadsheet} Spreadsheet calls (cold configuration cache ${cold}), ${h.fakes.counters.document} Document calls, ${h.fakes.counters.drive} Drive calls`);
    expect(h.fakes.counters.spreadsheet).toBeLessThanOrEqual(30);
    expect(h.fakes.counters.document).toBe(0);
    expect(h.fakes.counters.document + h.fakes.counters.drive).toBeLessThanOrEqual(10);
    // The first run also created the folder: one Drive call more, still within 10.
  });

  test('holds the script lock only while reading the data, never across Drive calls', () => {
    const { h } = seeded(flavour);
    const heldDuringExport: boolean[] = [];
    h.fakes.drive.setExporter((file, mime) => { heldDuringExport.push(h.fakes.lock.isHeld('script')); return standInExporter(file, mime); });
    expect((h.api.generateSummary('2024-Q1') as Ok).ok).toBe(true);
    expect(heldDuringExport).toEqual([false]);
    expect(h.fakes.lock.acquisitions('script')).toBeGreaterThan(0);
    expect(h.fakes.lock.isHeld('script')).toBe(false);
  });

  test('says the system is busy, and writes nothing to Drive, when a submission holds the lock too long', () => {
    const { h } = seeded(flavour);
    h.fakes.lock.holdElsewhere(true, 'script');
    const before = h.fakes.drive.files().length;
    expect(h.api.generateSummary('2024-Q1')).toMatchObject({ ok: false, errors: [{ field: 'periodId', message: expect.stringContaining('bận') }] });
    expect(h.fakes.drive.files()).toHaveLength(before);
  });
});

describe('report folder', () => {
  test('a configured folder the script cannot open is refused with a Vietnamese explanation, nothing written', () => {
    const { h } = seeded('modules');
    const settings = h.fakes.spreadsheet.values(SHEETS.settings);
    const row = settings.findIndex((r) => r[0] === 'driveFolderId');
    h.fakes.spreadsheet.sheet(SHEETS.settings).getRange(row + 1, 3).setValue('khong-co-thu-muc-nay');
    invalidateConfig(h.env);
    const before = h.fakes.spreadsheet.sheetNames();
    expect(h.api.generateSummary('2024-Q1')).toMatchObject({ ok: false, errors: [{ field: 'driveFolderId', message: expect.stringContaining('thư mục Drive') }] });
    expect(h.fakes.spreadsheet.sheetNames()).toEqual(before);
    expect(h.fakes.drive.files().filter((f) => f.mimeType !== 'application/vnd.google-apps.spreadsheet')).toHaveLength(0);
  });

  test('a folder the script created but the user trashed is refused too', () => {
    const { h } = seeded('modules');
    expect((h.api.generateSummary('2024-Q1') as Ok).ok).toBe(true);
    const folderId = String(h.fakes.spreadsheet.values(SHEETS.settings).find((row) => row[0] === 'driveFolderId')?.[2]);
    h.fakes.drive.store.folder(folderId)!.trashed = true;
    expect(h.api.generateSummary('2024-Q1')).toMatchObject({ ok: false, errors: [{ field: 'driveFolderId' }] });
  });

  test('without the Drive advanced service enabled, it says what to enable', () => {
    const { h } = seeded('modules');
    (h.fakes.globals as { Drive?: unknown }).Drive = undefined;
    expect(() => h.api.generateSummary('2024-Q1')).toThrow(/Drive API v3/);
  });
});
