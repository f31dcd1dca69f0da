// The check's Spreadsheet call budget for 40 units and 21 periods (20/01/2024: last year's
// December, Q4 and annual reports still take late submissions, plus this year's 18 periods),
// with every unit emailed, through the modules and the bundle. The configuration comes from the
// script cache here, as it does on every run but the first after the cache expires.
import { FLAVOURS, ADMIN, at, makeLatenessHarness, type LatenessHarness } from './harness';
import { SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import { invalidateConfig, loadConfig } from '../../../src/server/config/load-config';

import { MAIL_BATCH } from '../../../src/server/lateness/reminders';
import { appendReviewEvent } from '../../../src/server/review/review-log';
import { protectNewAdminSheet } from '../../../src/server/setup/protect-sheets';

/** Reads under the lock, the status sheet, the audit and its chain: what a run costs without mail. */
const BUDGET = 19; // 15, plus the audit sheet and the review log read once each (2 calls each) to verify their hash chains
/** Each batch of mails: claim (re-read the log, append, flush) and mark = 7 calls. */
const PER_BATCH = 7;
const BATCHES = Math.ceil(40 / MAIL_BATCH) + 1; // the units' reminders, then the digest
const EXTRA_UNITS = [1, 2, 3, 4].map((i) => [`XA_MOI_${i}`, `Xã Mới ${i}`, 'XA', '', 'Có']);

function forty(flavour: (typeof FLAVOURS)[number]): LatenessHarness {
  const h = makeLatenessHarness(flavour, new Date('2024-01-02T08:00:00+07:00'), ADMIN);
  h.setup();
  h.fakes.spreadsheet.seed(SHEETS.units, EXTRA_UNITS);
  const sheet = h.fakes.spreadsheet.sheet(SHEETS.units);
  const values = h.fakes.spreadsheet.values(SHEETS.units);
  const emailCol = (values[0] as string[]).indexOf(UNIT_COLUMNS.emails) + 1;
  sheet.getRange(2, emailCol, values.length - 1, 1).setValues(values.slice(1).map((_, i) => [`don.vi${i + 1}@camxuyen.gov.vn`]));
  invalidateConfig(h.env);
  // A review log with a few transitions, so its chain is read and verified as in a season.
  for (const [i, unitCode] of ['XA_CAM_BINH', 'XA_CAM_HA', 'XA_CAM_DUE'].entries()) {
    appendReviewEvent(h.env, { at: new Date(Date.UTC(2024, 0, 1, i)), by: ADMIN, unitCode, periodId: '2023-Q4', revision: 1, state: 'approved', reason: '' }, (s) => protectNewAdminSheet(s, { admins: [ADMIN], issuingBody: 'PHÒNG VĂN HÓA VÀ THÔNG TIN' }));
  }
  return h;
}

/** Spreadsheet calls of one check with the configuration cache warm. */
function measure(h: LatenessHarness): { calls: number; emailsSent: number; periods: number; tampered: number; methods: Record<string, number> } {
  loadConfig(h.env);
  h.fakes.counters.reset();
  const r = h.check();
  return { calls: h.fakes.counters.spreadsheet, emailsSent: r.emailsSent, periods: r.periods.length, tampered: r.tampered, methods: h.fakes.counters.methods('spreadsheet') };
}

describe.each(FLAVOURS)('checkLateness call budget (%s)', (flavour) => {
  test(`40 units × 21 periods stay within ${BUDGET} Spreadsheet calls plus ${PER_BATCH} per batch of ${MAIL_BATCH} mails`, () => {
    const h = forty(flavour);
    at(h, '2024-01-20T07:00');
    const config = loadConfig(h.env);
    expect(config.catalog.units.filter((u) => u.active)).toHaveLength(40);

    const first = measure(h); // the status sheet is rewritten from scratch the first time
    at(h, '2024-01-22T07:00');
    const busy = measure(h); // every unit reminded again, a new digest
    const quiet = measure(h); // same day again: nothing to send
    const quota = (() => { // quota running out halfway
      at(h, '2024-01-24T07:00');
      h.fakes.mail.used = h.fakes.mail.quota - 10;
      return measure(h);
    })();
    h.fakes.cache.clear();
    h.fakes.counters.reset();
    at(h, '2024-01-25T07:00');
    h.check();
    const cold = h.fakes.counters.spreadsheet;

    console.log([
      `checkLateness Spreadsheet calls (${flavour}), 40 units × 21 periods:`,
      `  first run (creates the status layout): ${first.calls}, ${first.emailsSent} emails`,
      `  daily run with reminders + digest: ${busy.calls}, ${busy.emailsSent} emails`,
      `  run with nothing to send: ${quiet.calls}`,
      `  run stopped by the mail quota (+1 audit row): ${quota.calls}, ${quota.emailsSent} emails`,
      `  run with the configuration cache cold (+5 config sheets × 3): ${cold}`,
      `  methods of the daily run: ${JSON.stringify(busy.methods)}`,
    ].join('\n'));

    expect(busy.periods).toBeGreaterThanOrEqual(3);
    expect(busy.emailsSent).toBe(41);
    expect(busy.calls).toBeLessThanOrEqual(BUDGET + PER_BATCH * BATCHES);
    expect(quiet.emailsSent).toBe(0);
    expect(quiet.calls).toBeLessThanOrEqual(BUDGET);
    expect(busy.methods['Range.setValues']).toBe(1 + 2 * BATCHES); // the status grid; per batch its claim and its mark
    expect(busy.methods['Range.setBackgrounds']).toBe(1);
    expect(busy.methods['Range.setNotes']).toBe(1);
    expect(busy.methods['Range.getValues']).toBe(4 + BATCHES); // the data sheet, the log, the audit sheet and the review log (their chains); per batch the log again
    expect(busy.tampered).toBe(0);
    expect(quota.emailsSent).toBeGreaterThan(0);
    // the rare run stopped by the quota appends one audit row (2 calls)
    expect(quota.calls).toBeLessThanOrEqual(BUDGET + 1 + PER_BATCH * BATCHES);
    const grid = h.fakes.spreadsheet.values(SHEETS.status);
    expect(grid[0]).toHaveLength(2 + 21);
    expect(grid.filter((r) => /^(XA|TT|P_|VP|THANH)/.test(String(r[0])))).toHaveLength(40);
  });
});
