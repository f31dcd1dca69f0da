// Issue 13, "no unit can make itself admin": configuration and office-written sheets are fully
// protected for the admins and the owner; a unit officer's edits there are refused with Google's
// text; units' own submissions still work; an admin added by another admin can run setup; every
// admin action refuses a non-admin or an undisclosed caller before any side effect.
import { PROTECTED_MESSAGE } from '../../../src/local/fakes/spreadsheet/protection';
import { ADMIN_SHEETS } from '../../../src/server/setup/protect-sheets';
import { REMINDER_LOG_SHEET } from '../../../src/server/lateness/sheets';
import { SHEETS } from '../../../src/server/sheets/names';
import { REVIEW_SHEET } from '../../../src/server/review/review-log';
import {
  ADMIN, ADMIN2, FLAVOURS, OFFICER, OFFICER2, STRANGER, adminsCell, assignEmails, emailsCell, makeTrustHarness, submit,
  triggerEvent, typeInto, type TrustHarness,
} from './harness';

const NOW = new Date('2024-03-10T03:00:00Z');

/** The admin-only sheets setup made; the review log comes with the first review (test/server/review/review-integrity.test.ts). */
const adminSheets = (h: TrustHarness): string[] => ADMIN_SHEETS.filter((n) => n !== REVIEW_SHEET || h.fakes.spreadsheet.sheetNames().includes(n));

function installed(flavour: (typeof FLAVOURS)[number]): TrustHarness {
  const h = makeTrustHarness(flavour, NOW);
  h.call('setup');
  assignEmails(h, { XA_CAM_BINH: OFFICER, XA_CAM_HA: OFFICER2 });
  return h;
}

/** Everything a refused call must leave as it was. */
function state(h: TrustHarness): string {
  const ss = h.fakes.spreadsheet;
  return JSON.stringify({
    sheets: ss.sheetNames().map((n) => [n, ss.values(n)]), outbox: h.fakes.outbox.length, triggers: h.fakes.triggers.records().length,
    files: h.fakes.drive.files().length, props: [...h.fakes.properties.script.entries()], alerts: h.fakes.ui.alerts.length, dialogs: h.fakes.ui.dialogs.length,
  });
}

describe.each(FLAVOURS)('trust (%s)', (flavour) => {
  test('setup protects every configuration and office sheet for exactly the admins and the owner', () => {
    const h = installed(flavour);
    for (const name of adminSheets(h)) {
      const p = h.fakes.spreadsheet.sheet(name).getProtections('SHEET')[0];
      expect([name, p.isWarningOnly(), p.canDomainEdit(), p._editorEmails().sort()]).toEqual([name, false, false, [ADMIN]]);
    }
    expect(adminSheets(h)).toEqual(expect.arrayContaining([SHEETS.settings, SHEETS.groups, SHEETS.units, SHEETS.indicators, SHEETS.calendar, SHEETS.status, REMINDER_LOG_SHEET]));
    expect(ADMIN_SHEETS).toContain(REVIEW_SHEET);
    // the data and audit sheets stay writable by units' runs: warning only
    for (const name of [SHEETS.data, SHEETS.audit]) expect(h.fakes.spreadsheet.snapshot(name).protection?.warningOnly).toBe(true);
  });

  test('a unit officer cannot make itself admin or take another unit\'s emails; its own submission still works', () => {
    const h = installed(flavour);
    h.as(OFFICER);
    const admins = adminsCell(h);
    expect(() => typeInto(h, SHEETS.settings, admins.row, admins.col, `${ADMIN}, ${OFFICER}`)).toThrow(PROTECTED_MESSAGE);
    const other = emailsCell(h, 'XA_CAM_HA');
    expect(() => typeInto(h, SHEETS.units, other.row, other.col, `${OFFICER2}, ${OFFICER}`)).toThrow(PROTECTED_MESSAGE);
    expect(() => h.fakes.spreadsheet.sheet(SHEETS.units).deleteRow(other.row)).toThrow(PROTECTED_MESSAGE);
    expect(h.fakes.spreadsheet.values(SHEETS.settings)[admins.row - 1][admins.col - 1]).toBe(ADMIN);
    // what the refused edits would have allowed is still refused
    expect(submit(h, 'XA_CAM_HA', '2024-Q1')).toMatchObject({ ok: false });
    expect(() => h.call('generateSummary', '2024-Q1')).not.toThrow();
    expect(h.call<{ ok: boolean }>('generateSummary', '2024-Q1').ok).toBe(false);
    // its own report goes in, chained
    expect(submit(h, 'XA_CAM_BINH', '2024-Q1')).toMatchObject({ ok: true, revision: 1 });
    const rows = h.fakes.spreadsheet.values(SHEETS.data);
    expect(String(rows[rows.length - 1][rows[0].indexOf('Mã kiểm tra')])).toMatch(/^1:[0-9a-f]{64}$/);
  });

  test('an admin added by another admin is made an editor at once and can run setup', () => {
    const h = installed(flavour);
    const admins = adminsCell(h);
    const settings = h.fakes.spreadsheet.sheet(SHEETS.settings);
    typeInto(h, SHEETS.settings, admins.row, admins.col, `${ADMIN}, ${ADMIN2}`);
    h.callRaw('onEditGuard', { ...triggerEvent(h, 'onEditGuard'), range: settings.getRange(admins.row, admins.col), oldValue: ADMIN, value: `${ADMIN}, ${ADMIN2}`, user: { getEmail: () => ADMIN } });
    for (const name of adminSheets(h)) expect([name, h.fakes.spreadsheet.sheet(name).getProtections('SHEET')[0]._editorEmails().sort()]).toEqual([name, [ADMIN2, ADMIN].sort()]);
    h.as(ADMIN2);
    const unit = emailsCell(h, 'XA_CAM_LOC');
    typeInto(h, SHEETS.units, unit.row, unit.col, 'vanthu.camloc@camxuyen.gov.vn'); // the new admin edits configuration
    expect(() => h.call('setup')).not.toThrow();
    // Triggers stay once per project: the first admin keeps them (issue 10), the second sees who owns them.
    expect(h.fakes.triggers.records().filter((t) => t.owner === ADMIN2)).toEqual([]);
    expect(h.fakes.triggers.records().filter((t) => t.owner === ADMIN).map((t) => t.handler).sort()).toEqual(['checkLateness', 'onChangeGuard', 'onEditGuard']);
    // removing an admin takes its edit right away again
    h.as(ADMIN);
    typeInto(h, SHEETS.settings, admins.row, admins.col, ADMIN);
    h.callRaw('onEditGuard', { ...triggerEvent(h, 'onEditGuard'), range: settings.getRange(admins.row, admins.col), oldValue: `${ADMIN}, ${ADMIN2}`, value: ADMIN, user: { getEmail: () => ADMIN } });
    h.as(ADMIN2);
    expect(() => typeInto(h, SHEETS.units, unit.row, unit.col, 'x@camxuyen.gov.vn')).toThrow(PROTECTED_MESSAGE);
  });

  test('a summary sheet is protected for the admins as soon as it is written', () => {
    const h = installed(flavour);
    h.fakes.clock.set(new Date('2024-04-05T02:00:00Z'));
    expect(h.call<{ ok: boolean }>('generateSummary', '2024-Q1').ok).toBe(true);
    const p = h.fakes.spreadsheet.sheet('TH 2024-Q1').getProtections('SHEET')[0];
    expect([p.isWarningOnly(), p.canDomainEdit(), p._editorEmails()]).toEqual([false, false, [ADMIN]]);
    h.as(OFFICER);
    expect(() => typeInto(h, 'TH 2024-Q1', 2, 3, 999)).toThrow(PROTECTED_MESSAGE);
  });

  test('the first setup is the owner\'s; later ones are the admins\'', () => {
    const fresh = makeTrustHarness(flavour, NOW);
    fresh.as(OFFICER);
    const before = state(fresh);
    expect(() => fresh.call('setup')).toThrow(/chủ sở hữu bảng tính/);
    expect(state(fresh)).toBe(before);
    const h = installed(flavour);
    h.as(OFFICER);
    const after = state(h);
    expect(() => h.call('setup')).toThrow(/chỉ quản trị viên mới được chạy lại Cài đặt/);
    expect(state(h)).toBe(after);
  });

  test.each([
    ['generateSummary', ['2024-Q1']],
    ['showSummaryDialog', []],
    ['checkLatenessFromMenu', []],
    ['checkLateness', []],
    ['checkLateness', [{ triggerUid: '8000007919', authMode: 'FULL' }]],
    ['restoreData', []],
    ['onEditGuard', [{ triggerUid: 'x', range: null }]],
  ])('%s %j refuses a unit officer, a stranger and an undisclosed caller before any side effect', (name, args) => {
    const h = installed(flavour);
    for (const who of [OFFICER, STRANGER, '']) {
      h.as(who);
      const before = state(h);
      let refused = '';
      try {
        const r = h.call<{ ok?: boolean; errors?: { message: string }[] }>(name, ...args);
        refused = r && r.ok === false ? (r.errors ?? []).map((e) => e.message).join(' ') : '';
      } catch (e) {
        refused = e instanceof Error ? e.message : String(e);
      }
      expect([who, refused]).toEqual([who, expect.stringMatching(who === '' ? /Không xác định được tài khoản Google/ : /chỉ dành cho quản trị viên/)]);
      expect(state(h)).toBe(before);
    }
  });

  test('the scheduled run is told apart by its trigger event, not by silence', () => {
    const h = installed(flavour);
    h.as('');
    h.fakes.users.setEffective(ADMIN);
    expect(() => h.call('checkLateness')).toThrow(/Không xác định được tài khoản Google/);
    expect(h.call<{ checkedAt: string }>('checkLateness', triggerEvent(h, 'checkLateness')).checkedAt).toBe(NOW.toISOString());
  });
});
