// setup() installs the daily check, the edit guard and the change guard once; a changed hour replaces the daily
// trigger instead of adding a second one.
import { FLAVOURS, ADMIN, makeLatenessHarness, setSetting } from './harness';
import { MENU_ITEMS } from '../../../src/server/menu';
import entryNames from '../../../src/server/entries.json';
import appsscript from '../../../appsscript.json';

describe('registration', () => {
  test('the menu item, the entries and the scopes are declared', () => {
    const items = MENU_ITEMS.filter((x): x is [string, string] => x !== null);
    expect(items).toContainEqual(['Kiểm tra đơn vị chậm nộp', 'checkLatenessFromMenu']);
    expect(MENU_ITEMS.indexOf(null)).toBeGreaterThan(MENU_ITEMS.findIndex((x) => x?.[1] === 'checkLatenessFromMenu'));
    expect(entryNames).toEqual(expect.arrayContaining(['checkLateness', 'checkLatenessFromMenu', 'onEditGuard']));
    expect(appsscript.oauthScopes).toEqual(expect.arrayContaining([
      'https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/script.send_mail']));
  });
});

describe.each(FLAVOURS)('trigger installation (%s)', (flavour) => {
  test('setup twice leaves exactly one daily trigger, one edit guard and one change guard', () => {
    const h = makeLatenessHarness(flavour, new Date('2024-03-01T08:00:00+07:00'), ADMIN);
    const triggers = () => h.fakes.globals.ScriptApp.getProjectTriggers();
    h.setup();
    const first = h.fakes.triggers.records();
    expect(first.map((t) => [t.handler, t.eventType, t.owner])).toEqual([
      ['checkLateness', 'CLOCK', ADMIN], ['onEditGuard', 'ON_EDIT', ADMIN], ['onChangeGuard', 'ON_CHANGE', ADMIN]]);
    expect(first[0].schedule).toEqual({ everyDays: 1, atHour: 7, timeZone: 'Asia/Ho_Chi_Minh' });
    expect(first[1].sourceId).toBe(h.fakes.spreadsheet.id);
    h.setup();
    expect(triggers()).toHaveLength(3);
    expect(h.fakes.triggers.records().map((t) => t.id)).toEqual(first.map((t) => t.id));
  });

  test('a new hour in the settings replaces the daily trigger on the next setup', () => {
    const h = makeLatenessHarness(flavour, new Date('2024-03-01T08:00:00+07:00'), ADMIN);
    h.setup();
    const [daily, guard] = h.fakes.triggers.records();
    setSetting(h, 'triggerHour', 18);
    h.fakes.clock.advance(60e3);
    h.setup();
    const after = h.fakes.triggers.records();
    expect(after).toHaveLength(3);
    const newDaily = after.find((t) => t.handler === 'checkLateness')!;
    expect(newDaily.schedule.atHour).toBe(18);
    expect(newDaily.id).not.toBe(daily.id);
    expect(after.find((t) => t.handler === 'onEditGuard')!.id).toBe(guard.id);
    h.setup();
    expect(h.fakes.triggers.records()).toHaveLength(3);
  });
});
