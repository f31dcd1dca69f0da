// A partial grant on the consent screen: the entry point says in Vietnamese what to grant again,
// before doing anything.
import { FLAVOURS, ADMIN, makeLatenessHarness } from './lateness/harness';
import { consentMessage, SCOPES } from '../../src/server/consent';

describe.each(FLAVOURS)('consent (%s)', (flavour) => {
  test('setup without the trigger scope names it and changes nothing', () => {
    const h = makeLatenessHarness(flavour, new Date('2024-03-01T08:00:00+07:00'), ADMIN);
    h.fakes.grants.revoke('script.scriptapp');
    expect(() => h.setup()).toThrow(consentMessage([SCOPES.triggers]));
    expect(() => h.setup()).toThrow(/cài trình kích hoạt tự động/);
    expect(h.fakes.spreadsheet.sheetNames()).toEqual(['Sheet1']);
    h.fakes.grants.grantAll();
    h.setup();
    expect(h.fakes.triggers.records()).toHaveLength(3);
  });

  test('the menu check without the mail scope says so and sends nothing', () => {
    const h = makeLatenessHarness(flavour, new Date('2024-03-20T08:00:00+07:00'), ADMIN);
    h.setup();
    h.fakes.grants.revoke('script.send_mail');
    expect(() => h.checkFromMenu()).toThrow(/gửi email thay bạn/);
    expect(h.fakes.outbox).toHaveLength(0);
  });
});

test('the fake ScriptApp reports the granted scopes and requireScopes ends the run on a missing one', () => {
  const { createFakeServices } = require('../../src/local/fakes') as typeof import('../../src/local/fakes');
  const fakes = createFakeServices();
  const S = fakes.globals.ScriptApp;
  fakes.grants.revoke('documents');
  const info = S.getAuthorizationInfo(S.AuthMode.FULL, [SCOPES.docs, SCOPES.sheet]);
  expect(info.getAuthorizedScopes()).toEqual([SCOPES.sheet]);
  expect(info.getAuthorizationStatus()).toBe('REQUIRED');
  expect(() => S.requireScopes(S.AuthMode.FULL, [SCOPES.docs])).toThrow('Authorization is required to perform that action.');
  expect(() => S.requireScopes(S.AuthMode.FULL, ['https://www.googleapis.com/auth/drive'])).toThrow(/not a scope requested/);
});
