// Replay first, the arrival time stamped before the lock wait, and only the index columns read
// under the lock.
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, assignEmail, dataRows, makeHarness, setActive, type Harness } from './harness';
import type { SubmitPayload } from '../../src/contract/rpc';
import { DATA_COLUMNS, SHEETS } from '../../src/server/sheets/names';

const NOW = new Date('2024-03-10T03:00:00Z'); // 2024-Q1 due 18/03/2024 23:59:59 Vietnam time
const counts = { LOP_TAP_HUAN: 2, TOA_DAM: 1, TIN_BAI: 12, TO_ROI: 300, TAI_LIEU: 4, HINH_THUC_KHAC: 3, CHUYEN_MUC_TRUYEN_THANH: 6, CUOC_THI: 1 };
const payload = (requestId: string): SubmitPayload => ({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId, values: { ...counts } });

function ready(flavour: (typeof FLAVOURS)[number]): Harness {
  const h = makeHarness(flavour, NOW, ADMIN);
  h.api.setup();
  assignEmail(h, OFFICER_UNIT, OFFICER);
  h.as(OFFICER);
  return h;
}

describe.each(FLAVOURS)('submitReport (%s)', (flavour) => {
  test('a retry is answered with the stored receipt although the unit was deactivated meanwhile', () => {
    const h = ready(flavour);
    const first = h.api.submitReport(payload('req-replay-0001'));
    expect(first.ok).toBe(true);
    h.as(ADMIN);
    setActive(h, OFFICER_UNIT, false); // authorisation changed between the click and the retry
    h.as(OFFICER);
    const retry = h.api.submitReport(payload('req-replay-0001'));
    expect(retry).toEqual({ ...first, replayed: true });
    expect(dataRows(h)).toHaveLength(1);
    // a new request is refused as before
    expect(h.api.submitReport(payload('req-replay-0002')).ok).toBe(false);
  });

  test('a retry after the late window closed still gets its receipt', () => {
    const h = ready(flavour);
    const first = h.api.submitReport(payload('req-replay-0003'));
    h.fakes.clock.set(new Date('2025-06-01T03:00:00Z')); // long after 2024-Q1 stopped taking reports
    expect(h.api.submitReport(payload('req-replay-0003'))).toEqual({ ...first, replayed: true });
  });

  test('a click at 23:59:55 that waits 8 s for the lock is stamped 23:59:55 and on time', () => {
    const h = ready(flavour);
    h.fakes.clock.set(new Date('2024-03-18T16:59:55Z')); // 23:59:55 on the due day
    h.fakes.lock.holdElsewhere(true, 'script', 8000); // another unit's write holds the lock
    const r = h.api.submitReport(payload('req-late-click'));
    expect(r).toMatchObject({ ok: true, timeliness: 'on_time', submittedAt: '2024-03-18T16:59:55.000Z' });
    expect(h.fakes.clock.now().toISOString()).toBe('2024-03-18T17:00:03.000Z'); // it did wait past the deadline
  });
});

test('under the lock, submitReport reads the header and the index columns, not the indicator values', () => {
  const h = ready('modules');
  for (let i = 0; i < 3; i++) h.api.submitReport(payload(`req-cells-${i}`));
  const header = h.fakes.spreadsheet.values(SHEETS.data)[0] as string[];
  h.fakes.counters.reset();
  h.api.submitReport(payload('req-cells-x'));
  const m = h.fakes.counters.methods('spreadsheet');
  expect(m['Sheet.getDataRange']).toBeUndefined();
  expect(m['Range.getValues']).toBe(2); // the header row, then the index span
  const span = header.indexOf(DATA_COLUMNS.timeliness) + 1;
  expect(span).toBeLessThan(header.length); // the indicator columns lie outside the span
});
