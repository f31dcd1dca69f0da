import { createFakeServices } from '../../../src/local/fakes';

const now = new Date('2024-05-06T03:00:00.000Z');
const OWNER = 'owner@example.com';

function setup() {
  const fakes = createFakeServices({ now, ownerEmail: OWNER });
  const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { fakes, ss };
}

describe('Spreadsheet and Sheet', () => {
  it('appendRow writes one row after the last row with content', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Dữ liệu');
    s.getRange(1, 1, 1, 2).setValues([['Mã', 'Giá trị']]);
    s.getRange(5, 3).setValue('x'); // data further down in another column counts too
    s.appendRow(['A', 1]);
    expect(s.getLastRow()).toBe(6);
    expect(s.getRange(6, 1, 1, 3).getValues()).toEqual([['A', 1, '']]);
    s.appendRow(['B', '02']);
    expect(s.getRange(7, 1, 1, 2).getValues()).toEqual([['B', 2]]);
  });

  it('appendRow grows a full sheet instead of failing', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Nhỏ');
    s.deleteRows(3, 998);
    expect(s.getMaxRows()).toBe(2);
    s.appendRow([1]); s.appendRow([2]); s.appendRow([3]);
    expect(s.getMaxRows()).toBe(3);
    expect(s.getRange(1, 1, 3, 1).getValues()).toEqual([[1], [2], [3]]);
  });

  it('insertSheet refuses a duplicate name (ignoring case) and getSheetByName returns null when missing', () => {
    const { ss } = setup();
    ss.insertSheet('Cài đặt');
    expect(() => ss.insertSheet('Cài đặt')).toThrow('A sheet with the name "Cài đặt" already exists. Please enter another name.');
    expect(() => ss.insertSheet('cài đặt')).toThrow(/already exists/);
    expect(ss.getSheetByName('Không có')).toBeNull();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Cài đặt']);
    ss.insertSheet('Đầu', 0);
    expect(ss.getSheets()[0].getName()).toBe('Đầu');
  });

  it('getLastRow, getLastColumn and getDataRange follow the content', () => {
    const { ss } = setup();
    const s = ss.getActiveSheet();
    expect(s.getDataRange().getA1Notation()).toBe('A1');
    s.getRange('C4').setValue(0);
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([4, 3]);
    expect(s.getDataRange().getA1Notation()).toBe('A1:C4');
    s.getRange('C4').clearContent();
    expect(s.getLastRow()).toBe(0);
  });

  it('inserts and deletes rows, shifting content', () => {
    const { ss } = setup();
    const s = ss.getActiveSheet();
    s.getRange(1, 1, 3, 1).setValues([[1], [2], [3]]);
    s.insertRowsAfter(1, 2);
    expect(s.getMaxRows()).toBe(1002);
    expect(s.getRange(1, 1, 5, 1).getValues()).toEqual([[1], [''], [''], [2], [3]]);
    s.deleteRow(2);
    expect(s.getRange(1, 1, 4, 1).getValues()).toEqual([[1], [''], [2], [3]]);
  });

  it('hides and shows sheets, but never the last visible one', () => {
    const { ss } = setup();
    const data = ss.insertSheet('Dữ liệu');
    data.hideSheet();
    expect(data.isSheetHidden()).toBe(true);
    expect(() => ss.getSheetByName('Sheet1')!.hideSheet()).toThrow(/hide all the sheets/);
    data.showSheet();
    expect(data.isSheetHidden()).toBe(false);
  });

  it('protect() returns the existing sheet protection and getProtections lists it', () => {
    const { ss } = setup();
    const s = ss.insertSheet('Nhật ký');
    expect(s.getProtections('SHEET')).toEqual([]);
    const p = s.protect().setDescription('Chỉ hệ thống ghi').setWarningOnly(true);
    expect(s.protect()).toBe(p);
    const [listed] = s.getProtections('SHEET');
    expect(listed.isWarningOnly()).toBe(true);
    expect(listed.getDescription()).toBe('Chỉ hệ thống ghi');
    listed.remove();
    expect(s.getProtections('SHEET')).toEqual([]);
  });

  it('a strict protection blocks writes by non-editors; warning-only does not', () => {
    const { fakes, ss } = setup();
    const s = ss.insertSheet('Dữ liệu');
    const p = s.protect();
    // Until its editors are set, a new protection mirrors the spreadsheet's permissions.
    p.removeEditors(p.getEditors());
    fakes.users.setActive('officer@example.com');
    expect(() => s.appendRow(['x'])).toThrow(/protected cell or object/);
    expect(s.getLastRow()).toBe(0);
    fakes.users.setActive(fakes.users.owner);
    p.setWarningOnly(true);
    fakes.users.setActive('officer@example.com');
    s.appendRow(['x']);
    expect(s.getLastRow()).toBe(1);
    fakes.users.setActive(fakes.users.owner);
    p.setWarningOnly(false);
    p.addEditor('officer@example.com');
    fakes.users.setActive('officer@example.com');
    s.appendRow(['y']);
    expect(s.getLastRow()).toBe(2);
  });

  it('keeps frozen rows, widths and tab colour', () => {
    const { ss } = setup();
    const s = ss.getActiveSheet().setFrozenRows(1).setFrozenColumns(2).setColumnWidth(2, 240).setTabColor('#ff0000');
    expect([s.getFrozenRows(), s.getFrozenColumns(), s.getColumnWidth(2), s.getColumnWidth(3)]).toEqual([1, 2, 240, 100]);
  });

  it('reports owner, editors, id, url and time zone', () => {
    const { ss } = setup();
    ss.addEditor('a@example.com');
    expect(ss.getOwner().getEmail()).toBe(OWNER);
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'a@example.com']);
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  it('records menus, sidebars, alerts and scripted prompts', () => {
    const { fakes } = setup();
    const ui = fakes.globals.SpreadsheetApp.getUi();
    ui.createMenu('Báo cáo CCHC').addItem('Nộp báo cáo…', 'showSidebar').addSeparator()
      .addSubMenu(ui.createMenu('Khác').addItem('Cài đặt…', 'setup')).addToUi();
    expect(fakes.ui.menu('Báo cáo CCHC')!.items).toEqual([
      { caption: 'Nộp báo cáo…', functionName: 'showSidebar' }, { caption: 'Cài đặt…', functionName: 'setup' }]);
    ui.showSidebar(fakes.globals.HtmlService.createHtmlOutput('<p>x</p>').setTitle('Nộp báo cáo'));
    expect(fakes.ui.sidebar).toMatchObject({ title: 'Nộp báo cáo', content: '<p>x</p>' });
    fakes.ui.scriptPrompt('2024-Q1', ui.Button.OK);
    const answer = ui.prompt('Kỳ báo cáo', 'Nhập mã kỳ', ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), answer.getSelectedButton()]).toEqual(['2024-Q1', 'OK']);
    fakes.ui.scriptAlert(ui.Button.NO);
    expect(ui.alert('Chắc chắn?', ui.ButtonSet.YES_NO)).toBe('NO');
    expect(fakes.ui.alerts[0]).toMatchObject({ prompt: 'Chắc chắn?', buttons: 'YES_NO' });
  });

  it('getUi throws where there is no UI (time-driven triggers)', () => {
    const { fakes } = setup();
    fakes.ui.available = false;
    expect(() => fakes.globals.SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('seed and values give tests uncounted access', () => {
    const { fakes } = setup();
    fakes.counters.reset();
    fakes.spreadsheet.seed('Đơn vị', [['Mã', 'Tên'], ['X1', 'Xã Một']]);
    fakes.spreadsheet.seed('Đơn vị', [['a@x.vn']], 2, 3);
    expect(fakes.spreadsheet.values('Đơn vị')).toEqual([['Mã', 'Tên', ''], ['X1', 'Xã Một', 'a@x.vn']]);
    expect(fakes.counters.spreadsheet).toBe(0);
  });
});
