// A partial grant on the consent screen: the entry point says in Vietnamese what to grant again,
// before doing anything.
import { FLAVOURS, ADMIN, makeLatenessHarness } from './lateness/harness';
import { consentMessage, SCOPES } from '../../src/server/consent';
import { OFFICER, OFFICER_UNIT, assignEmail, makeHarness, dataRows } from './harness';

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

  test('submitReport without the sheet scope names it and appends nothing; granted again, it goes through', () => {
    const h = makeHarness(flavour, new Date('2024-03-10T03:00:00Z'), ADMIN);
    h.api.setup();
    assignEmail(h, OFFICER_UNIT, OFFICER);
    h.as(OFFICER);
    const payload = { unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: 'consent-1', values: { LOP_TAP_HUAN: 1, TOA_DAM: 1, TIN_BAI: 2, TO_ROI: 1, TAI_LIEU: 1, HINH_THUC_KHAC: 1, CHUYEN_MUC_TRUYEN_THANH: 1, CUOC_THI: 1 } };
    const before = dataRows(h).length;
    h.fakes.grants.revoke('spreadsheets.currentonly');
    expect(() => h.api.submitReport(payload)).toThrow(consentMessage([SCOPES.sheet]));
    expect(dataRows(h)).toHaveLength(before);
    h.fakes.grants.grantAll();
    expect(h.api.submitReport(payload)).toMatchObject({ ok: true });
    expect(dataRows(h)).toHaveLength(before + 1);
  });

  test('generateSummary without drive.file names it and creates no file', () => {
    const h = makeHarness(flavour, new Date('2024-04-20T03:00:00Z'), ADMIN);
    h.api.setup();
    const sheets = h.fakes.spreadsheet.sheetNames();
    h.fakes.grants.revoke('drive.file');
    expect(() => h.api.generateSummary('2024-Q1')).toThrow(consentMessage([SCOPES.driveFile]));
    expect(h.fakes.spreadsheet.sheetNames()).toEqual(sheets);
    h.fakes.grants.grantAll();
    expect(h.api.generateSummary('2024-Q1')).toMatchObject({ ok: true });
  });
});

test('the fake ScriptApp reports the granted scopes and requireScopes ends the run on a missing one', () => {
  const { createFakeServices } = require('../../src/local/fakes') as typeof import('../../src/local/fakes');
  const fakes = createFakeServices();
  const S = fakes.globals.ScriptApp;
  fakes.grants.revoke('script.send_mail');
  const info = S.getAuthorizationInfo(S.AuthMode.FULL, [SCOPES.mail, SCOPES.sheet]);
  expect(info.getAuthorizedScopes()).toEqual([SCOPES.sheet]);
  expect(info.getAuthorizationStatus()).toBe('REQUIRED');
  expect(() => S.requireScopes(S.AuthMode.FULL, [SCOPES.mail])).toThrow('Authorization is required to perform that action.');
  expect(() => S.requireScopes(S.AuthMode.FULL, ['https://www.googleapis.com/auth/drive'])).toThrow(/not a scope requested/);
});
