// Installable triggers are per user: getProjectTriggers() shows only the current user's. The
// project records which admin owns its set, so a second admin's setup never installs a second one.
import { FLAVOURS, ADMIN, at, makeLatenessHarness, setSetting, type LatenessHarness } from './harness';
import { type SetupResult, runSetup, setupMessage } from '../../../src/server/setup/setup';
import { SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';
import { invalidateConfig } from '../../../src/server/config/load-config';
import { TRIGGER_OWNER_PROPERTY } from '../../../src/server/setup/trigger-owner';
import { MENU_ITEMS } from '../../../src/server/menu';
import entryNames from '../../../src/server/entries.json';

const SECOND = 'pho.phong@camxuyen.gov.vn';

function twoAdmins(flavour: (typeof FLAVOURS)[number]): LatenessHarness {
  const h = makeLatenessHarness(flavour, new Date('2024-03-01T08:00:00+07:00'), ADMIN);
  h.setup();
  setSetting(h, 'admins', `${ADMIN}, ${SECOND}`);
  return h;
}

describe.each(FLAVOURS)('trigger owner (%s)', (flavour) => {
  test('a second admin\'s setup installs nothing and says who owns the triggers', () => {
    const h = twoAdmins(flavour);
    h.as(SECOND);
    const result = flavour === 'modules' ? runSetup(h.env)
      : (require('../../../src/local/vm/load-bundle') as typeof import('../../../src/local/vm/load-bundle')).loadBundle(h.fakes).call<SetupResult>('setup');
    expect(result).toMatchObject({ triggersInstalled: [], triggerOwner: ADMIN, triggersOwnedByOther: true });
    const records = h.fakes.triggers.records();
    expect(records).toHaveLength(3); // the old code installed a second set here: 6
    expect(records.every((t) => t.owner === ADMIN)).toBe(true);
    expect(h.fakes.globals.ScriptApp.getProjectTriggers()).toHaveLength(0); // the second admin sees none of them
    expect(setupMessage(result)).toContain(`đang chạy dưới tài khoản ${ADMIN}; không cài thêm bộ thứ hai`);
    expect(setupMessage(result)).toContain('Nhận chạy trigger tự động');
  });

  test('taking over installs one set for the new owner; the old owner\'s triggers then do nothing', () => {
    const h = twoAdmins(flavour);
    h.as(SECOND);
    if (flavour === 'modules') runSetup(h.env, { takeOverTriggers: true });
    else (require('../../../src/local/vm/load-bundle') as typeof import('../../../src/local/vm/load-bundle')).loadBundle(h.fakes).call('takeOverTriggers');
    expect(h.fakes.properties.script.get(TRIGGER_OWNER_PROPERTY)).toBe(SECOND);
    const records = h.fakes.triggers.records();
    // nothing of the first admin's was deleted (another user's triggers are invisible)
    expect(records.filter((t) => t.owner === ADMIN)).toHaveLength(3);
    expect(records.filter((t) => t.owner === SECOND).map((t) => t.handler)).toEqual(['checkLateness', 'onEditGuard', 'onChangeGuard']);
    // the old owner's daily trigger fires: it exits early and sends nothing
    const values = h.fakes.spreadsheet.values(SHEETS.units);
    const emailCol = (values[0] as string[]).indexOf(UNIT_COLUMNS.emails) + 1;
    h.fakes.spreadsheet.sheet(SHEETS.units).getRange(2, emailCol).setValue('xa@camxuyen.gov.vn');
    invalidateConfig(h.env);
    at(h, '2024-03-20T07:00');
    h.as(ADMIN);
    expect(h.checkByHand()).toMatchObject({ skipped: 'not-owner', emailsSent: 0 });
    expect(h.fakes.outbox).toHaveLength(0);
    h.as(SECOND);
    expect(h.checkByHand().emailsSent).toBeGreaterThan(0);
  });

  test('an owner who is no longer an admin: the daily check runs and the digest says so', () => {
    const h = twoAdmins(flavour);
    setSetting(h, 'admins', SECOND); // the first admin left the office
    at(h, '2024-03-20T07:00');
    const r = h.check(); // the first admin's trigger, as that admin
    expect(r.skipped).toBeUndefined();
    const digest = h.fakes.outbox.find((m) => m.to === SECOND)!;
    expect(digest.body).toContain(`trigger kiểm tra hằng ngày đang chạy dưới tài khoản ${ADMIN}, tài khoản này không còn là quản trị viên`);
    expect(digest.body).toContain('Nhận chạy trigger tự động');
  });
});

test('the take-over is on the menu and a top-level function', () => {
  expect(MENU_ITEMS).toContainEqual(['Nhận chạy trigger tự động', 'takeOverTriggers']);
  expect(entryNames).toContain('takeOverTriggers');
});
