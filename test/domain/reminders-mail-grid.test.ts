// The status sheet's grids and the mails' texts, from a board at 20/03/2024 07:00 (+07).
import { statusGrid, STATUS_COLORS } from '../../src/domain/status-grid';
import { statusBoard } from '../../src/domain/status-board';
import { buildDigest, planReminders } from '../../src/domain/reminders';
import { HOW_TO_SUBMIT, digestMail, unitReminderMail } from '../../src/domain/reminder-mail';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar-defaults';
import { input, record, vn } from './reminders-fixture';

const calendar = { ...DEFAULT_CALENDAR, extensions: [{ unitCode: 'XA_D', periodId: '2024-Q1', deadline: '2024-04-10', reason: 'Mất điện' }] };
const records = [
  record('XA_A', '2024-Q1', '2024-03-12T10:00:00'), record('XA_A', '2024-Q1', '2024-03-19T08:00:00', 2),
  record('XA_B', '2024-Q1', '2024-03-19T09:00:00'),
];
const board = statusBoard(input('2024-03-20T07:00:00', records, calendar));
const ctx = { spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/abc/edit', issuingBody: 'PHÒNG VĂN HÓA VÀ THÔNG TIN', now: board.now };

describe('statusGrid', () => {
  const grid = statusGrid(board);
  const col = 2 + board.periods.findIndex((p) => p.id === '2024-Q1');
  const rowOf = (code: string) => grid.values.findIndex((r) => r[0] === code);

  test('three grids of one shape, headers and the common deadline on top', () => {
    const width = 2 + board.periods.length;
    for (const g of [grid.values, grid.backgrounds, grid.notes]) {
      expect(g).toHaveLength(grid.values.length);
      for (const row of g) expect(row).toHaveLength(width);
    }
    expect(grid.values[0].slice(0, 2)).toEqual(['Mã đơn vị', 'Tên đơn vị']);
    expect(grid.values[0][col]).toBe('Quý I/2024');
    expect(grid.notes[0][col]).toBe('Số liệu từ 15/12/2023 đến 14/03/2024');
    expect(grid.values[1][0]).toBe('Hạn nộp chung');
    expect(grid.values[1][col]).toBe('18/03/2024 23:59');
    expect(grid.backgrounds[0][col]).toBe(STATUS_COLORS.header);
    expect([grid.frozenRows, grid.frozenColumns]).toEqual([2, 2]);
  });

  test('each unit cell: the state in Vietnamese, its colour and a note with deadline and times', () => {
    const cell = (code: string) => ({ text: grid.values[rowOf(code)][col], bg: grid.backgrounds[rowOf(code)][col], note: grid.notes[rowOf(code)][col] });
    expect(cell('XA_A')).toMatchObject({ text: 'Đã nộp đúng hạn', bg: STATUS_COLORS.on_time });
    expect(cell('XA_A').note).toBe([
      'Xã A – Quý I/2024', 'Hạn nộp: 18/03/2024 23:59', 'Nộp lần đầu: 12/03/2024 10:00',
      'Bản mới nhất: lần 2, 19/03/2024 08:00', 'Có bản sửa gửi sau hạn'].join('\n'));
    expect(cell('XA_B')).toMatchObject({ text: 'Nộp muộn', bg: STATUS_COLORS.late });
    expect(cell('XA_B').note).toContain('Muộn 1 ngày');
    expect(cell('XA_C')).toMatchObject({ text: 'Quá hạn, chưa nộp', bg: STATUS_COLORS.overdue });
    expect(cell('XA_C').note).toContain('Quá hạn 2 ngày');
    expect(cell('XA_D')).toMatchObject({ text: 'Chưa đến hạn', bg: STATUS_COLORS.not_due });
    expect(cell('XA_D').note).toContain('Hạn nộp: 10/04/2024 23:59\nĐược gia hạn (Mất điện)');
    // a commune owes no monthly report: blank grey cell
    const m03 = 2 + board.periods.findIndex((p) => p.id === '2024-M03');
    expect([grid.values[rowOf('XA_A')][m03], grid.backgrounds[rowOf('XA_A')][m03], grid.notes[rowOf('XA_A')][m03]]).toEqual(['', STATUS_COLORS.not_owed, '']);
  });

  test('a legend with every colour, and the time of the check', () => {
    const legend = grid.values.findIndex((r) => r[0] === 'Chú thích');
    expect(legend).toBeGreaterThan(rowOf('TT_A'));
    const labels = grid.values.slice(legend, legend + 6).map((r) => r[1]);
    expect(labels).toEqual(['Đã nộp đúng hạn', 'Nộp muộn', 'Quá hạn, chưa nộp', 'Sắp đến hạn', 'Chưa đến hạn', 'Không phải nộp']);
    expect(grid.backgrounds.slice(legend, legend + 6).map((r) => r[1])).toEqual(
      [STATUS_COLORS.on_time, STATUS_COLORS.late, STATUS_COLORS.overdue, STATUS_COLORS.due_soon, STATUS_COLORS.not_due, STATUS_COLORS.not_owed]);
    expect(grid.values[grid.values.length - 1]).toEqual(expect.arrayContaining(['Cập nhật lúc', '20/03/2024 07:00']));
  });
});

describe('mails', () => {
  test('a unit reminder names the unit, the period, the deadline and how to submit', () => {
    const soon = statusBoard(input('2024-03-15T07:00:00'));
    const d = planReminders(soon, [], 2).mails.find((m) => m.unit.code === 'XA_D')!;
    const mail = unitReminderMail(d, { ...ctx, now: vn('2024-03-15T07:00:00') });
    expect(mail.subject).toBe('[Báo cáo CCHC] Xã D: báo cáo Quý I/2024 hạn nộp 18/03/2024');
    expect(mail.body).toContain('Kính gửi: Xã D');
    expect(mail.body).toContain('- Báo cáo Quý I/2024: hạn nộp 18/03/2024 23:59 (còn 3 ngày).');
    expect(mail.body).toContain(HOW_TO_SUBMIT);
    expect(HOW_TO_SUBMIT).toContain('menu Báo cáo CCHC → Nộp báo cáo…');
    expect(mail.body).toContain(ctx.spreadsheetUrl);
    expect(mail.body).toContain('PHÒNG VĂN HÓA VÀ THÔNG TIN');
    expect(mail.body.normalize('NFC')).toBe(mail.body);
  });

  test('overdue and several periods in one mail', () => {
    const late = statusBoard(input('2024-03-21T07:00:00'));
    const tt = planReminders(late, [], 2).mails.find((m) => m.unit.code === 'TT_A')!;
    const mail = unitReminderMail(tt, { ...ctx, now: late.now });
    expect(mail.subject).toBe('[Báo cáo CCHC] Trung tâm A: 3 báo cáo cần nộp');
    expect(mail.body).toContain('- Báo cáo Tháng 3/2024: hạn nộp 18/03/2024 23:59 (quá hạn 3 ngày).');
    expect(mail.body).toContain('- Báo cáo Tháng 2/2024: hạn nộp 16/02/2024 23:59 (quá hạn 34 ngày).');
    const xb = planReminders(late, [], 2).mails.find((m) => m.unit.code === 'XA_B')!;
    expect(unitReminderMail(xb, ctx).subject).toBe('[Báo cáo CCHC] Xã B: báo cáo Quý I/2024 đã quá hạn, chưa nộp');
  });

  test('the digest lists late and missing units per period and what could not be sent', () => {
    const d = buildDigest(board)!;
    const c = board.units.find((u) => u.code === 'XA_C')!;
    const mail = digestMail(d, ctx, { remindersSent: 2, withoutEmail: [c], notSent: [] });
    expect(mail.subject).toBe('[Báo cáo CCHC] Đơn vị chậm nộp báo cáo – 20/03/2024');
    expect(mail.body).toContain('Quý I/2024 – hạn nộp 18/03/2024 23:59:\n  Quá hạn, chưa nộp (2): Xã C (XA_C), Trung tâm A (TT_A)\n  Nộp muộn (1): Xã B (XA_B)');
    expect(mail.body).toContain('Đã gửi 2 thư nhắc');
    expect(mail.body).toContain('chưa khai báo email (trang Đơn vị): Xã C (XA_C).');
    expect(mail.body).not.toContain('Chưa gửi được');
    expect(digestMail(d, ctx, { remindersSent: 0, withoutEmail: [], notSent: [c] }).body).toContain('Chưa gửi được thư nhắc');
  });
});
