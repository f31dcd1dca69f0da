import { createFakeServices } from '../../../src/local/fakes';
import { LOCK_TIMEOUT_MESSAGE } from '../../../src/local/fakes/lock';

const now = new Date('2024-05-06T03:00:00.000Z');

describe('PropertiesService', () => {
  it('keeps script, document and per-user stores apart and stores strings', () => {
    const fakes = createFakeServices({ now, activeUser: 'a@example.com' });
    const { PropertiesService } = fakes.globals;
    PropertiesService.getScriptProperties().setProperty('n', 42).setProperty('flag', true);
    PropertiesService.getUserProperties().setProperty('n', 'user-a');
    expect(PropertiesService.getScriptProperties().getProperty('n')).toBe('42');
    expect(PropertiesService.getScriptProperties().getProperty('flag')).toBe('true');
    expect(PropertiesService.getDocumentProperties().getProperty('n')).toBeNull();
    expect(PropertiesService.getUserProperties().getProperty('n')).toBe('user-a');
    fakes.users.setActive('b@example.com');
    expect(PropertiesService.getUserProperties().getProperty('n')).toBeNull();
  });

  it('setProperties can replace everything; delete and keys work', () => {
    const fakes = createFakeServices({ now });
    const props = fakes.globals.PropertiesService.getScriptProperties();
    props.setProperties({ a: 1, b: 'x' });
    props.setProperties({ c: null }, true);
    expect(props.getProperties()).toEqual({ c: 'null' });
    props.setProperty('d', 'y').deleteProperty('c');
    expect(props.getKeys()).toEqual(['d']);
    props.deleteAllProperties();
    expect(props.getProperties()).toEqual({});
  });
});

describe('LockService', () => {
  it('acquires, reports and releases the lock, recording history', () => {
    const fakes = createFakeServices({ now });
    const lock = fakes.globals.LockService.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(fakes.lock.isHeld('script')).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(fakes.lock.history.map((e) => e.op)).toEqual(['acquire', 'release']);
  });

  it('tryLock returns false and waitLock throws when another process holds the lock; waiting takes time', () => {
    const fakes = createFakeServices({ now });
    fakes.lock.holdElsewhere(true);
    const lock = fakes.globals.LockService.getScriptLock();
    expect(lock.tryLock(500)).toBe(false);
    expect(fakes.clock.now().getTime()).toBe(now.getTime() + 500);
    expect(() => lock.waitLock(10_000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(lock.hasLock()).toBe(false);
    // Other lock scopes are independent.
    expect(fakes.globals.LockService.getUserLock().tryLock(0)).toBe(true);
    fakes.lock.holdElsewhere(false);
    expect(lock.tryLock(0)).toBe(true);
  });

  it('waits for a lock released elsewhere within the timeout', () => {
    const fakes = createFakeServices({ now });
    fakes.lock.holdElsewhere(true, 'script', 3000);
    const lock = fakes.globals.LockService.getScriptLock();
    lock.waitLock(5000);
    expect(lock.hasLock()).toBe(true);
    expect(fakes.clock.now().getTime()).toBe(now.getTime() + 3000);
  });
});

describe('Session', () => {
  it('gives active and effective users, an empty active email when withheld, and the script time zone', () => {
    const fakes = createFakeServices({ now, activeUser: 'a@example.com', effectiveUser: 'owner@example.com' });
    const { Session } = fakes.globals;
    expect(Session.getActiveUser().getEmail()).toBe('a@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.com');
    expect(Session.getScriptTimeZone()).toBe('Asia/Ho_Chi_Minh');
    const key = Session.getTemporaryActiveUserKey();
    expect(key).not.toContain('a@example.com');
    fakes.users.setActive('');
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getTemporaryActiveUserKey()).not.toBe(key);
  });
});

describe('counters', () => {
  it('count every call per service and per method, and reset', () => {
    const fakes = createFakeServices({ now });
    const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getActiveSheet();
    sheet.getRange(1, 1, 1, 2).setValues([[1, 2]]);
    sheet.getRange(1, 1, 1, 2).getValues();
    fakes.globals.PropertiesService.getScriptProperties().getProperty('x');
    expect(fakes.counters.spreadsheet).toBe(6);
    expect(fakes.counters.byMethod['Sheet.getRange']).toBe(2);
    expect(fakes.counters.byMethod['Range.setValues']).toBe(1);
    expect(fakes.counters.properties).toBe(2);
    expect(fakes.counters.methods('properties')).toEqual({ 'PropertiesService.getScriptProperties': 1, 'Properties.getProperty': 1 });
    fakes.counters.reset();
    expect([fakes.counters.spreadsheet, fakes.counters.total, fakes.counters.byMethod]).toEqual([0, 0, {}]);
  });

  it('count calls that throw, and not calls made by the fakes themselves', () => {
    const fakes = createFakeServices({ now });
    const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(() => ss.insertSheet('Sheet1')).toThrow();
    expect(fakes.counters.byMethod['Spreadsheet.insertSheet']).toBe(1);
    fakes.counters.reset();
    ss.getActiveSheet().appendRow([1, 2, 3]); // uses the grid internally: one counted call each
    expect(fakes.counters.spreadsheet).toBe(2);
  });
});
