// The daily check across 2024-Q1 on a simulated clock, through the modules and the built bundle.
// Q1 is due Monday 18/03/2024 23:59:59 (+07); the monthly reporters are switched off so only the
// quarter is at stake. Four communes have emails: Cẩm Bình submits on time, Cẩm Duệ late, Cẩm Hà
// never, Cẩm Lộc gets an extension to 10/04/2024.
import { FLAVOURS, ADMIN, addExtension, at, deactivate, makeLatenessHarness, records, setEmails, submitCommune, type LatenessHarness } from './harness';
import { SHEETS } from '../../../src/server/sheets/names';
import { STATUS_COLORS } from '../../../src/domain/status-grid';
import { REMINDER_LOG_SHEET } from '../../../src/server/lateness/sheets';
import type { LatenessCheckResult } from '../../../src/server/lateness/check';

const ON_TIME = 'XA_CAM_BINH';
const LATE = 'XA_CAM_DUE';
const NEVER = 'XA_CAM_HA';
const EXTENDED = 'XA_CAM_LOC';
const EMAIL: Record<string, string> = {
  [ON_TIME]: 'camBinh@xa.vn', [LATE]: 'camdue@xa.vn', [NEVER]: 'camha@xa.vn', [EXTENDED]: 'camloc@xa.vn',
};
const lower = (s: string) => s.toLowerCase();

function q1(r: LatenessCheckResult) {
  const p = r.periods.find((x) => x.periodId === '2024-Q1');
  if (!p) throw new Error(`2024-Q1 not in ${JSON.stringify(r.periods.map((x) => x.periodId))}`);
  return p;
}

function ready(flavour: (typeof FLAVOURS)[number]): LatenessHarness {
  const h = makeLatenessHarness(flavour, new Date('2024-03-01T08:00:00+07:00'), ADMIN);
  h.setup();
  deactivate(h, 'P_NOI_VU', 'P_TU_PHAP', 'TTVHTT'); // the monthly reporters
  setEmails(h, EMAIL);
  return h;
}

/** The status sheet cell of a unit for a period: text, background, note. */
function statusCell(h: LatenessHarness, unit: string, periodLabel: string) {
  const values = h.fakes.spreadsheet.values(SHEETS.status);
  const row = values.findIndex((r) => r[0] === unit) + 1;
  const col = (values[0] as string[]).indexOf(periodLabel) + 1;
  if (row < 1 || col < 1) throw new Error(`no cell for ${unit} × ${periodLabel}`);
  const range = h.fakes.spreadsheet.sheet(SHEETS.status).getRange(row, col);
  return { text: range.getValue(), background: range.getBackground(), note: range.getNote() };
}

describe.each(FLAVOURS)('checkLateness across a quarter (%s)', (flavour) => {
  let h: LatenessHarness;
  beforeAll(() => { h = ready(flavour); });
  const sentTo = () => h.fakes.outbox.map((m) => m.to);

  test('10/03: the quarter is open, nobody is due yet, nothing is sent', () => {
    at(h, '2024-03-10T07:00');
    const r = h.check();
    expect(r.checkedAt).toBe('2024-03-10T00:00:00.000Z');
    expect(q1(r)).toEqual({ periodId: '2024-Q1', label: 'Quý I/2024', dueSoon: [], late: [], missing: [], onTime: [] });
    expect(r.emailsSent).toBe(0);
    expect(h.fakes.outbox).toHaveLength(0);
  });

  test('14/03: still outside the 3-day window after Cẩm Bình submitted on time', () => {
    at(h, '2024-03-12T10:00');
    submitCommune(h, ON_TIME, '2024-Q1');
    at(h, '2024-03-14T07:00');
    const r = h.check();
    expect(q1(r).onTime).toEqual([ON_TIME]);
    expect(q1(r).dueSoon).toEqual([]);
    expect(h.fakes.outbox).toHaveLength(0);
  });

  test('15/03: inside the window the three units with emails that have not submitted get one reminder each', () => {
    at(h, '2024-03-15T07:00');
    const r = h.check();
    expect(q1(r).dueSoon).toEqual(expect.arrayContaining([LATE, NEVER, EXTENDED, 'P_YTE', 'TTHCC']));
    expect(q1(r).dueSoon).not.toContain(ON_TIME);
    expect(r.emailsSent).toBe(3);
    expect(sentTo().sort()).toEqual([EMAIL[LATE], EMAIL[NEVER], EMAIL[EXTENDED]].sort());
    const mail = h.fakes.outbox.find((m) => m.to === EMAIL[NEVER])!;
    expect(mail.subject).toBe('[Báo cáo CCHC] UBND xã Cẩm Hà: báo cáo Quý I/2024 hạn nộp 18/03/2024');
    expect(mail.body).toContain('hạn nộp 18/03/2024 23:59 (còn 3 ngày)');
    expect(mail.body).toContain('menu Báo cáo CCHC → Nộp báo cáo…');
    expect(mail.body).toContain(h.fakes.spreadsheet.raw.getUrl());
    expect(mail.name).toBe('Báo cáo CCHC');
    // the log remembers them, in a hidden sheet
    const log = records(h, REMINDER_LOG_SHEET);
    expect(log.map((l) => [l['Loại'], l['Mã đơn vị'], l['Kỳ báo cáo']])).toEqual(
      [LATE, NEVER, EXTENDED].map((u) => ['Nhắc sắp đến hạn', u, '2024-Q1']));
    expect(h.fakes.spreadsheet.snapshot(REMINDER_LOG_SHEET).hidden).toBe(true);
  });

  test('running it again the same day, or the next, sends nothing new', () => {
    at(h, '2024-03-15T16:00');
    expect(h.check().emailsSent).toBe(0);
    at(h, '2024-03-16T07:00');
    expect(h.check().emailsSent).toBe(0);
    expect(h.fakes.outbox).toHaveLength(3);
  });

  test('19/03, after the deadline: the missing units are overdue, reminded, and the admins get a digest', () => {
    at(h, '2024-03-19T07:00');
    const r = h.check();
    expect(q1(r).missing).toEqual(expect.arrayContaining([LATE, NEVER, EXTENDED]));
    expect(q1(r).onTime).toEqual([ON_TIME]);
    expect(r.emailsSent).toBe(4);
    const fresh = h.fakes.outbox.slice(3);
    expect(fresh.map((m) => m.to).sort()).toEqual([ADMIN, EMAIL[LATE], EMAIL[NEVER], EMAIL[EXTENDED]].sort());
    expect(fresh.find((m) => m.to === EMAIL[NEVER])!.subject).toBe('[Báo cáo CCHC] UBND xã Cẩm Hà: báo cáo Quý I/2024 đã quá hạn, chưa nộp');
    const digest = fresh.find((m) => m.to === ADMIN)!;
    expect(digest.subject).toBe('[Báo cáo CCHC] Đơn vị chậm nộp báo cáo – 19/03/2024');
    expect(digest.body).toContain('Quý I/2024 – hạn nộp 18/03/2024 23:59:');
    expect(digest.body).toContain('UBND xã Cẩm Hà (XA_CAM_HA)');
    expect(digest.body).toContain('Đã gửi 3 thư nhắc');
  });

  test('a late submission is late; an extension moves the unit back to not yet due', () => {
    at(h, '2024-03-19T09:00');
    submitCommune(h, LATE, '2024-Q1');
    at(h, '2024-03-19T10:00');
    addExtension(h, EXTENDED, '2024-Q1', '10/04/2024', 'Mất điện do bão');
    at(h, '2024-03-19T11:00');
    h.as(ADMIN);
    const mailed = h.fakes.outbox.length;
    const r = h.checkFromMenu();
    expect(q1(r).late).toEqual([LATE]);
    expect(q1(r).onTime).toEqual([ON_TIME]);
    expect(q1(r).missing).toContain(NEVER);
    expect(q1(r).missing).not.toContain(LATE);
    expect([...q1(r).missing, ...q1(r).dueSoon]).not.toContain(EXTENDED);
    // Cẩm Hà was reminded this morning, and a run by hand shows its result instead of mailing a digest
    expect(r.emailsSent).toBe(0);
    expect(h.fakes.outbox).toHaveLength(mailed);
    const alert = h.fakes.ui.alerts[h.fakes.ui.alerts.length - 1];
    expect(alert.title).toBe('Kiểm tra đơn vị chậm nộp');
    expect(alert.prompt).toMatch(/Quý I\/2024: \d+ quá hạn chưa nộp, 1 nộp muộn, 0 sắp đến hạn, 1 đúng hạn\./);
    expect(alert.prompt).toContain('Đã gửi 0 email nhắc nhở.');
    expect(alert.prompt).toContain('Thư tổng hợp cho quản trị viên chỉ gửi từ lần kiểm tra tự động');
  });

  test('the status sheet shows each state in Vietnamese, with its colour and a note', () => {
    expect(statusCell(h, ON_TIME, 'Quý I/2024')).toMatchObject({ text: 'Đã nộp đúng hạn', background: STATUS_COLORS.on_time });
    expect(statusCell(h, ON_TIME, 'Quý I/2024').note).toContain('Nộp lần đầu: 12/03/2024 10:00');
    expect(statusCell(h, LATE, 'Quý I/2024')).toMatchObject({ text: 'Nộp muộn', background: STATUS_COLORS.late });
    expect(statusCell(h, LATE, 'Quý I/2024').note).toContain('Nộp lần đầu: 19/03/2024 09:00');
    expect(statusCell(h, NEVER, 'Quý I/2024')).toMatchObject({ text: 'Quá hạn, chưa nộp', background: STATUS_COLORS.overdue });
    expect(statusCell(h, NEVER, 'Quý I/2024').note).toContain('Hạn nộp: 18/03/2024 23:59');
    expect(statusCell(h, EXTENDED, 'Quý I/2024')).toMatchObject({ text: 'Chưa đến hạn', background: STATUS_COLORS.not_due });
    expect(statusCell(h, EXTENDED, 'Quý I/2024').note).toContain('Hạn nộp: 10/04/2024 23:59\nĐược gia hạn (Mất điện do bão)');
    expect(statusCell(h, ON_TIME, 'Quý II/2024')).toMatchObject({ text: 'Chưa đến hạn', background: STATUS_COLORS.not_due });
    const values = h.fakes.spreadsheet.values(SHEETS.status);
    expect(values[1].slice(0, 1)).toEqual(['Hạn nộp chung']);
    expect(values[1][(values[0] as string[]).indexOf('Quý I/2024')]).toBe('18/03/2024 23:59');
    expect(values.some((r) => r[0] === 'TTVHTT')).toBe(false); // switched off
    expect(h.fakes.spreadsheet.snapshot(SHEETS.status)).toMatchObject({ frozenRows: 2, frozenColumns: 2, hidden: false });
  });

  test('20/03 and 21/03: the overdue unit is reminded again every 2 days, the digest once a day', () => {
    at(h, '2024-03-20T07:00');
    let r = h.check();
    expect(r.emailsSent).toBe(1); // the digest only
    at(h, '2024-03-21T07:00');
    r = h.check();
    expect(r.emailsSent).toBe(2);
    const last = h.fakes.outbox.slice(-2).map((m) => m.to).sort();
    expect(last).toEqual([ADMIN, EMAIL[NEVER]].sort());
    const reminded = records(h, REMINDER_LOG_SHEET).filter((l) => l['Mã đơn vị'] === NEVER).map((l) => l['Loại']);
    expect(reminded).toEqual(['Nhắc sắp đến hạn', 'Nhắc quá hạn', 'Nhắc quá hạn']);
    expect(h.fakes.outbox.filter((m) => lower(m.to) === lower(EMAIL[ON_TIME]))).toHaveLength(0);
  });
});
