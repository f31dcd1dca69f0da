// The chains at scale: a province-sized data sheet (5,000 rows) is verified by the daily check
// from the one read the check already makes, plus the audit sheet read once; one changed figure
// among them is still found. Prints the Spreadsheet calls and the time it takes.
import { recordRow } from '../../../src/server/storage/submissions';
import { CHAIN_PROPERTY_KEYS } from '../../../src/server/integrity/chain';
import { SHEETS } from '../../../src/server/sheets/names';
import type { SubmissionRecord } from '../../../src/domain/types';
import { ADMIN, makeTrustHarness, triggerEvent } from './harness';

const ROWS = 5000;

test(`the daily check verifies ${ROWS} chained data rows within its call budget and finds one changed figure`, () => {
  const h = makeTrustHarness('modules', new Date('2024-03-10T03:00:00Z'));
  h.call('setup');
  const header = h.fakes.spreadsheet.values(SHEETS.data)[0].map(String);
  const records: SubmissionRecord[] = Array.from({ length: ROWS }, (_, i) => ({
    id: `id-${i}`, requestId: `req-${i}`, unitCode: `XA_${i % 200}`, periodId: '2024-Q1', revision: 1 + Math.floor(i / 200),
    submittedAt: new Date(Date.UTC(2024, 2, 1) + i * 60000), submittedBy: `u${i % 200}@camxuyen.gov.vn`, timeliness: 'on_time',
    values: { TIN_BAI: i % 17, TO_ROI: i }, note: i % 7 === 0 ? `Ghi chú ${i}` : '', nothingToReport: false, evidenceUrl: '',
  }));
  h.fakes.spreadsheet.seed(SHEETS.data, records.map((r) => recordRow(header, r)));
  for (const key of CHAIN_PROPERTY_KEYS) h.fakes.properties.script.delete(key); // an office upgrading with this data
  h.call('setup');
  h.fakes.clock.set(new Date('2024-03-13T00:00:00Z'));

  const check = (): { calls: number; ms: number; tampered: number } => {
    const before = h.fakes.counters.spreadsheet;
    const t0 = Date.now();
    h.as(ADMIN);
    const r = h.call<{ tampered: number }>('checkLateness', triggerEvent(h, 'checkLateness'));
    return { calls: h.fakes.counters.spreadsheet - before, ms: Date.now() - t0, tampered: r.tampered };
  };
  check(); // the first run lays out the status sheet and creates the report folder (recorded in Cài đặt)
  check(); // the configuration cache is warm again from here
  const clean = check();
  const col = header.indexOf('TO_ROI') + 1;
  h.as('vanthu.cambinh@camxuyen.gov.vn');
  h.fakes.spreadsheet.sheet(SHEETS.data).getRange(2 + 3210, col).setValue(1);
  const found = check();
  console.log(`[integrity] ${ROWS} data rows: clean daily check ${clean.calls} Spreadsheet calls, ${clean.ms} ms (SHA-256 ${ROWS} rows + snapshot); with one figure changed ${found.calls} calls, ${found.ms} ms, ${found.tampered} row named`);
  expect(clean.tampered).toBe(0);
  expect(found.tampered).toBe(1);
  expect(clean.calls).toBeLessThanOrEqual(17);
  expect(clean.ms).toBeLessThan(30000);
  const digestLines = h.fakes.outbox.map((m) => m.body).join('\n');
  expect(digestLines).toContain(`Dữ liệu báo cáo, dòng ${2 + 3210} (mã #${3211}): bị sửa – đơn vị XA_10, kỳ 2024-Q1`);
});
