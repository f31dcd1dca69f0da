// Protections in the Spreadsheet fake, as Google's reference describes them
// (https://developers.google.com/apps-script/reference/spreadsheet/protection and Sheet.protect()):
// editors, warning-only, domain edit, the owner and the current user, and the refusal text.
import { createFakeServices } from '../../../src/local/fakes';
import { PROTECTED_MESSAGE } from '../../../src/local/fakes/spreadsheet/protection';

const OWNER = 'vhtt@camxuyen.gov.vn';
const ADMIN2 = 'pho.phong@camxuyen.gov.vn';
const OFFICER = 'vanthu.cambinh@camxuyen.gov.vn';
const OUTSIDER = 'ai.do@gmail.com';

function world() {
  const fakes = createFakeServices({ now: new Date('2024-05-06T03:00:00Z'), ownerEmail: OWNER, activeUser: OWNER });
  const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Cài đặt');
  sheet.getRange(1, 1, 2, 2).setValues([['Mã', 'Giá trị'], ['admins', OWNER]]);
  const as = (email: string): void => fakes.users.setActive(email);
  return { fakes, ss, sheet, as };
}

describe('protections (fake)', () => {
  it('a new protection mirrors the spreadsheet until its editors are set', () => {
    const { sheet, as } = world();
    const p = sheet.protect();
    expect(p.canDomainEdit()).toBe(true);
    as(OFFICER);
    sheet.getRange(2, 2).setValue('still editable'); // Google: "the range remains unprotected"
    expect(sheet.getRange(2, 2).getValue()).toBe('still editable');
  });

  it('refuses a non-editor\'s writes with Google\'s text, whatever the write path', () => {
    const { sheet, as, ss } = world();
    const p = sheet.protect().setDescription('Chỉ quản trị viên');
    p.addEditor(ADMIN2);
    p.removeEditors(p.getEditors().filter((u) => u.getEmail() !== ADMIN2));
    expect(p.getEditors().map((u) => u.getEmail()).sort()).toEqual([ADMIN2, OWNER].sort()); // owner stays
    as(OFFICER);
    expect(p.canEdit()).toBe(false);
    const attempts: [string, () => unknown][] = [
      ['setValue', () => sheet.getRange(2, 2).setValue(OFFICER)],
      ['setValues', () => sheet.getRange(1, 1, 1, 2).setValues([['x', 'y']])],
      ['appendRow', () => sheet.appendRow(['admins', OFFICER])],
      ['clear', () => sheet.clear()],
      ['clearContent', () => sheet.getRange('A1:B2').clearContent()],
      ['deleteRows', () => sheet.deleteRows(2, 1)],
      ['insertRowsAfter', () => sheet.insertRowsAfter(1, 1)],
      ['insertColumnsAfter', () => sheet.insertColumnsAfter(1, 1)],
      ['deleteColumn', () => sheet.deleteColumn(2)],
      ['setBackground', () => sheet.getRange(1, 1).setBackground('#ff0000')],
      ['deleteSheet', () => ss.deleteSheet(sheet)],
      ['setWarningOnly', () => p.setWarningOnly(true)],
      ['addEditor', () => p.addEditor(OFFICER)],
      ['remove', () => p.remove()],
    ];
    // every write path refuses, with Google's text (the list names any path that let it through)
    const notRefused = attempts.filter(([, attempt]) => {
      try { attempt(); return true; } catch (e) { return !(e instanceof Error && e.message === PROTECTED_MESSAGE); }
    }).map(([name]) => name);
    expect(notRefused).toEqual([]);
    expect(ss.getSheetByName('Cài đặt')).not.toBeNull();
    expect(sheet.getRange(2, 2).getValue()).toBe(OWNER);
    expect(sheet.getLastRow()).toBe(2);
    expect(p.isWarningOnly()).toBe(false);
    // an editor of the protection and the owner write
    as(ADMIN2);
    expect(p.canEdit()).toBe(true);
    sheet.getRange(2, 2).setValue(`${OWNER}, ${ADMIN2}`);
    as(OWNER);
    sheet.appendRow(['note', 'owner always edits']);
    expect(sheet.getLastRow()).toBe(3);
  });

  it('warning-only lets every script write through; turning it off protects again', () => {
    const { sheet, as } = world();
    const p = sheet.protect();
    p.removeEditors(p.getEditors());
    p.setWarningOnly(true);
    as(OFFICER);
    sheet.appendRow(['x', 1]);
    expect(sheet.getLastRow()).toBe(3);
    as(OWNER);
    p.setWarningOnly(false);
    as(OFFICER);
    expect(() => sheet.appendRow(['y', 2])).toThrow(PROTECTED_MESSAGE);
  });

  it('neither the owner nor the current user can be removed; domain edit admits the owner\'s domain only', () => {
    const { sheet, as } = world();
    as(ADMIN2); // a spreadsheet editor creates the protection
    const p = sheet.protect();
    p.removeEditors([OWNER, ADMIN2]);
    expect(p.getEditors().map((u) => u.getEmail()).sort()).toEqual([ADMIN2, OWNER].sort());
    p.setDomainEdit(true);
    as(OFFICER); // same domain as the owner
    sheet.getRange(2, 2).setValue('domain');
    as(OUTSIDER);
    expect(() => sheet.getRange(2, 2).setValue('outside')).toThrow(PROTECTED_MESSAGE);
    as(OWNER);
    p.setDomainEdit(false);
    as(OFFICER);
    expect(() => sheet.getRange(2, 2).setValue('again')).toThrow(PROTECTED_MESSAGE);
    expect(sheet.getRange(2, 2).getValue()).toBe('domain');
  });

  it('a range protection covers only its range', () => {
    const { sheet, as } = world();
    const p = sheet.getRange('A2:B2').protect();
    p.removeEditors(p.getEditors());
    as(OFFICER);
    sheet.getRange(1, 1).setValue('Mã khóa');
    expect(() => sheet.getRange('B2').setValue(OFFICER)).toThrow(PROTECTED_MESSAGE);
  });
});
