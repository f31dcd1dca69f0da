// Mail never goes out under the script lock, and a run cut off half-way through its reminders
// (Apps Script's 6-minute kill) never makes the next run send a reminder twice.
import { FLAVOURS, ADMIN, at, makeLatenessHarness, type LatenessHarness } from './harness';
import { SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import { invalidateConfig } from '../../../src/server/config/load-config';
import { REMINDER_LOG_SHEET, LOG_STATES } from '../../../src/server/lateness/sheets';
import { MAIL_BATCH, SEND_BUDGET_MS } from '../../../src/server/lateness/reminders';

function everyUnitEmailed(flavour: (typeof FLAVOURS)[number]): LatenessHarness {
  const h = makeLatenessHarness(flavour, new Date('2024-01-02T08:00:00+07:00'), ADMIN);
  h.setup();
  const values = h.fakes.spreadsheet.values(SHEETS.units);
  const emailCol = (values[0] as string[]).indexOf(UNIT_COLUMNS.emails) + 1;
  h.fakes.spreadsheet.sheet(SHEETS.units).getRange(2, emailCol, values.length - 1, 1)
    .setValues(values.slice(1).map((_, i) => [`don.vi${i + 1}@camxuyen.gov.vn`]));
  invalidateConfig(h.env);
  at(h, '2024-01-20T07:00'); // overdue reports: every unit is reminded
  return h;
}

const reminders = (h: LatenessHarness) => h.fakes.outbox.filter((m) => m.to !== ADMIN);
const logRows = (h: LatenessHarness) => {
  const rows = h.fakes.spreadsheet.values(REMINDER_LOG_SHEET);
  const header = rows[0] as string[];
  return rows.slice(1).map((r) => ({ state: r[header.indexOf('Trạng thái')], to: String(r[header.indexOf('Người nhận')]) }));
};
const states = (h: LatenessHarness) => logRows(h).map((r) => r.state);

describe.each(FLAVOURS)('reminders and the lock (%s)', (flavour) => {
  test('no mail is sent while the script lock is held', () => {
    const h = everyUnitEmailed(flavour);
    h.check();
    expect(h.fakes.outbox.length).toBeGreaterThan(20);
    expect(h.fakes.outbox.filter((m) => m.lockHeld)).toEqual([]);
    expect(states(h).every((s) => s === LOG_STATES.sent)).toBe(true);
  });

  test('a run killed half-way: the next run sends the rest and nothing twice', () => {
    const h = everyUnitEmailed(flavour);
    // Each mail costs 20 s of execution time; Apps Script kills the run at 6 minutes, here
    // earlier (2.5 min) so that it dies in the middle of a batch, before the time budget stops it.
    h.fakes.execution.begin({ costMs: { mail: 20_000 }, limitMs: 150_000 });
    expect(() => h.check()).toThrow(/Exceeded maximum execution time/);
    h.fakes.execution.end();
    const firstRun = reminders(h).map((m) => m.to);
    expect(firstRun.length).toBeGreaterThan(0);
    // claimed before sending, never marked: the run died in this batch
    const claimedUnsent = [...new Set(logRows(h).filter((r) => r.state === LOG_STATES.pending).map((r) => r.to))]
      .filter((to) => !firstRun.includes(to));
    expect(claimedUnsent.length).toBeGreaterThan(0);

    at(h, '2024-01-20T08:00');
    h.check();
    const all = reminders(h).map((m) => m.to);
    expect(new Set(all).size).toBe(all.length); // nobody reminded twice
    const expected = [...new Set(logRows(h).map((r) => r.to))].filter((to) => to !== ADMIN);
    // everyone was reminded once, except the units whose mail was claimed when the run died
    expect(all.sort()).toEqual(expected.filter((to) => !claimedUnsent.includes(to)).sort());
    const digest = h.fakes.outbox.find((m) => m.to === ADMIN)!;
    expect(digest.body).toContain('thư nhắc có thể chưa được gửi');
  });

  test('a slow run stops before its time budget and leaves the rest to the next run', () => {
    const h = everyUnitEmailed(flavour);
    h.fakes.execution.begin({ costMs: { mail: 30_000 } }); // the real 6-minute limit
    h.check();
    h.fakes.execution.end();
    const first = reminders(h).length;
    expect(first).toBeLessThan(MAIL_BATCH); // 4 minutes of 30-second mails: the first batch is cut short
    expect(logRows(h).filter((r) => r.state === LOG_STATES.skipped).length).toBeGreaterThan(0);
    expect(first * 30_000).toBeLessThanOrEqual(SEND_BUDGET_MS + 30_000);
    const audit = h.fakes.spreadsheet.values(SHEETS.audit).map((r) => r.join(' | '));
    expect(audit.some((r) => r.includes('Giới hạn thời gian'))).toBe(true);
    at(h, '2024-01-20T08:00');
    h.check();
    const all = reminders(h).map((m) => m.to);
    const units = new Set(logRows(h).map((r) => r.to).filter((to) => to !== ADMIN)).size;
    expect(units).toBeGreaterThan(30);
    expect(all).toHaveLength(units);
    expect(new Set(all).size).toBe(units);
  });
});
