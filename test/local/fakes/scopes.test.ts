import { createFakeServices } from '../../../src/local/fakes';
import { requiredScopes } from '../../../src/local/fakes/auth/enforce';
import { scopeTable } from '../../../src/local/fakes/auth/scope-table';

const now = new Date('2024-05-06T03:00:00.000Z');
const A = 'https://www.googleapis.com/auth/';

describe('scope table from gas-types-detailed (Google\'s reference)', () => {
  it('carries each method\'s Authorization scopes', () => {
    const t = scopeTable();
    expect(t.size).toBeGreaterThan(1000);
    expect(t.get('drive/DriveApp.createFolder')).toEqual([`${A}drive`]);
    expect(t.get('drive/Folder.createFolder')).toEqual([`${A}drive`]);
    expect(t.get('spreadsheet/Range.getValues')).toEqual([`${A}spreadsheets.currentonly`, `${A}spreadsheets`]);
    expect(t.get('mail/MailApp.sendEmail')).toEqual([`${A}script.send_mail`]);
  });

  it('maps the fakes\' types to the reference pages (Session and Ui live under base)', () => {
    expect(requiredScopes('session', 'Session', 'getActiveUser')).toEqual([`${A}userinfo.email`]);
    expect(requiredScopes('spreadsheet', 'Ui', 'showSidebar')).toEqual([`${A}script.container.ui`]);
    expect(requiredScopes('drive', 'Files', 'create')).toContain(`${A}drive.file`);
    expect(requiredScopes('utilities', 'Utilities', 'formatDate')).toBeUndefined();
  });
});

describe('scope enforcement under the project\'s manifest', () => {
  it('lets every scope the manifest grants through', () => {
    const fakes = createFakeServices({ now });
    const g = fakes.globals;
    g.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').setValue('x');
    g.MailApp.sendEmail('a@example.com', 'Tiêu đề', 'Nội dung');
    g.ScriptApp.newTrigger('dailyCheck').timeBased().everyDays(1).atHour(7).create();
    expect(g.Session.getActiveUser().getEmail()).toBe('owner@example.com');
  });

  it('a scope the user unticked on the consent screen makes its methods throw Google\'s text', () => {
    const fakes = createFakeServices({ now });
    fakes.grants.revoke('script.send_mail', 'script.scriptapp');
    expect(() => fakes.globals.MailApp.sendEmail('a@example.com', 's', 'b'))
      .toThrow('You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail');
    expect(() => fakes.globals.ScriptApp.getProjectTriggers()).toThrow(/ScriptApp.getProjectTriggers/);
    expect(fakes.outbox).toHaveLength(0);
  });

  it('the Drive advanced service without a Drive scope gets the API\'s 403', () => {
    const fakes = createFakeServices({ now });
    fakes.grants.revoke('drive.file');
    expect(() => fakes.globals.Drive!.Files.create({ name: 'x' }))
      .toThrow('API call to drive.files.create failed with error: Request had insufficient authentication scopes.');
  });
});
