import { createFakeServices } from '../../../src/local/fakes';
import { QUOTA_MESSAGE } from '../../../src/local/fakes/mail';
import { MAX_TRIGGERS, TOO_MANY_TRIGGERS } from '../../../src/local/fakes/script';

const now = new Date('2024-05-06T03:00:00.000Z');

describe('ScriptApp triggers', () => {
  it('creates clock and spreadsheet triggers, lists and deletes them', () => {
    const fakes = createFakeServices({ now });
    const { ScriptApp, SpreadsheetApp } = fakes.globals;
    const daily = ScriptApp.newTrigger('checkLateness').timeBased().everyDays(1).atHour(8).nearMinute(15)
      .inTimezone('Asia/Ho_Chi_Minh').create();
    const edit = ScriptApp.newTrigger('onEditInstalled').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onEdit().create();
    expect(daily.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(daily.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(edit.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
    expect(edit.getTriggerSourceId()).toBe(fakes.spreadsheet.id);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['checkLateness', 'onEditInstalled']);
    expect(ScriptApp.getUserTriggers(SpreadsheetApp.getActiveSpreadsheet())).toHaveLength(1);
    expect(fakes.triggers.records()[0].schedule).toEqual({ everyDays: 1, atHour: 8, nearMinute: 15, timeZone: 'Asia/Ho_Chi_Minh' });
    ScriptApp.deleteTrigger(daily);
    expect(ScriptApp.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([edit.getUniqueId()]);
    expect(daily.getUniqueId()).not.toBe(edit.getUniqueId());
  });

  it('validates schedules and stops at 20 triggers per user', () => {
    const { ScriptApp } = createFakeServices({ now }).globals;
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(5)).toThrow(/everyHours/);
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(24)).toThrow(/hour/);
    expect(() => ScriptApp.newTrigger('f').timeBased().create()).toThrow();
    for (let i = 0; i < MAX_TRIGGERS; i++) ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => ScriptApp.newTrigger('extra').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(MAX_TRIGGERS);
  });

  it('lists only the current user\'s triggers', () => {
    const fakes = createFakeServices({ now, activeUser: 'admin@example.com' });
    fakes.globals.ScriptApp.newTrigger('f').timeBased().everyDays(1).create();
    fakes.users.setActive('other@example.com');
    expect(fakes.globals.ScriptApp.getProjectTriggers()).toEqual([]);
  });
});

describe('MailApp', () => {
  it('puts mails in the outbox with both call forms', () => {
    const fakes = createFakeServices({ now });
    const { MailApp } = fakes.globals;
    MailApp.sendEmail('a@example.com', 'Nhắc nộp báo cáo', 'Nội dung', { cc: 'b@example.com', name: 'Văn phòng' });
    MailApp.sendEmail({ to: 'c@example.com, d@example.com', subject: 'Tổng hợp', body: '', htmlBody: '<b>x</b>' });
    expect(fakes.outbox).toHaveLength(2);
    expect(fakes.outbox[0]).toMatchObject({ to: 'a@example.com', cc: 'b@example.com', subject: 'Nhắc nộp báo cáo', body: 'Nội dung', name: 'Văn phòng' });
    expect(fakes.outbox[1]).toMatchObject({ to: 'c@example.com,d@example.com', htmlBody: '<b>x</b>' });
    expect(fakes.outbox[1].at.toISOString()).toBe(now.toISOString());
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
  });

  it('throws when the daily quota is exhausted, sending nothing', () => {
    const fakes = createFakeServices({ now, mailQuota: 2 });
    const { MailApp } = fakes.globals;
    MailApp.sendEmail('a@example.com', 's', 'b');
    expect(() => MailApp.sendEmail({ to: 'b@example.com,c@example.com', subject: 's', body: 'b' })).toThrow(QUOTA_MESSAGE);
    expect(fakes.outbox).toHaveLength(1);
    MailApp.sendEmail('b@example.com', 's', 'b');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(() => MailApp.sendEmail('c@example.com', 's', 'b')).toThrow(QUOTA_MESSAGE);
  });

  it('rejects invalid recipients', () => {
    const { MailApp } = createFakeServices({ now }).globals;
    expect(() => MailApp.sendEmail('not-an-email', 's', 'b')).toThrow('Invalid email: not-an-email');
    expect(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow(/no recipient/);
  });
});
