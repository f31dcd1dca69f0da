// The daily mail quota: sending stops before it runs out, the stop is audited, the digest keeps
// its share, and what was not sent goes out on a later run.
import { FLAVOURS, ADMIN, OFFICER, at, deactivate, makeLatenessHarness, records, setEmails, type LatenessHarness } from './harness';
import { SHEETS } from '../../../src/server/sheets/names';
import { REMINDER_LOG_SHEET } from '../../../src/server/lateness/sheets';

const UNITS = ['XA_CAM_DUE', 'XA_CAM_HA', 'XA_CAM_LOC'];
const EMAILS = Object.fromEntries(UNITS.map((u, i) => [u, `don.vi${i}@xa.vn`]));

function ready(flavour: (typeof FLAVOURS)[number]): LatenessHarness {
  const h = makeLatenessHarness(flavour, new Date('2024-03-01T08:00:00+07:00'), ADMIN);
  h.setup();
  deactivate(h, 'P_NOI_VU', 'P_TU_PHAP', 'TTVHTT');
  setEmails(h, EMAILS);
  return h;
}

const audits = (h: LatenessHarness) => records(h, SHEETS.audit).filter((r) => r['Hành động'] === 'Dừng gửi nhắc nhở');

describe.each(FLAVOURS)('mail quota (%s)', (flavour) => {
  test('a quota near zero stops sending and audits it; the rest goes out once the quota is back', () => {
    const h = ready(flavour);
    h.fakes.mail.quota = 1;
    at(h, '2024-03-15T07:00');
    const r = h.check();
    expect(r.emailsSent).toBe(1);
    expect(h.fakes.outbox.map((m) => m.to)).toEqual([EMAILS.XA_CAM_DUE]);
    const [stop] = audits(h);
    expect(stop['Người thực hiện']).toBe(ADMIN);
    expect(stop['Đối tượng']).toBe('Hạn mức email');
    expect(stop['Chi tiết']).toBe('Hạn mức email trong ngày còn 0 người nhận; dừng gửi để không vượt hạn mức. Chưa gửi: XA_CAM_HA, XA_CAM_LOC. Sẽ gửi ở lần kiểm tra sau.');
    expect(records(h, REMINDER_LOG_SHEET)).toHaveLength(1);

    // the next morning Google has reset the quota
    h.fakes.mail.used = 0;
    h.fakes.mail.quota = 100;
    at(h, '2024-03-16T07:00');
    expect(h.check().emailsSent).toBe(2);
    expect(h.fakes.outbox.map((m) => m.to)).toEqual([EMAILS.XA_CAM_DUE, EMAILS.XA_CAM_HA, EMAILS.XA_CAM_LOC]);
    expect(audits(h)).toHaveLength(1);
  });

  test('a zero quota sends nothing and never hits the quota error', () => {
    const h = ready(flavour);
    h.fakes.mail.quota = 0;
    at(h, '2024-03-19T07:00');
    const r = h.check();
    expect(r.emailsSent).toBe(0);
    expect(h.fakes.outbox).toHaveLength(0);
    expect(audits(h)[0]['Chi tiết']).toContain('còn 0 người nhận');
    expect(audits(h)[0]['Chi tiết']).toContain('(thư tổng hợp gửi quản trị viên)');
  });

  test('the admins\' digest keeps its share of the quota and says who was not reminded', () => {
    const h = ready(flavour);
    h.fakes.mail.quota = 3; // three overdue units and one admin
    at(h, '2024-03-19T07:00');
    expect(h.check().emailsSent).toBe(3);
    expect(h.fakes.outbox.map((m) => m.to)).toEqual([EMAILS.XA_CAM_DUE, EMAILS.XA_CAM_HA, ADMIN]);
    expect(h.fakes.outbox[2].body).toContain('Chưa gửi được thư nhắc (hết hạn mức email trong ngày hoặc lỗi gửi), sẽ gửi lại ở lần kiểm tra sau: Xã Cẩm Lộc (XA_CAM_LOC).');
    expect(h.fakes.mail.remaining).toBe(0);
  });

  test('only admins may run the check from the menu, and only the trigger owner runs the trigger\'s function', () => {
    const h = ready(flavour);
    at(h, '2024-03-19T07:00');
    h.as(OFFICER);
    expect(() => h.checkFromMenu()).toThrow(/chỉ dành cho quản trị viên/);
    expect(h.checkByHand()).toMatchObject({ emailsSent: 0, skipped: 'not-owner' });
    expect(h.fakes.outbox).toHaveLength(0);
    // a time-driven run where Google does not disclose the user still works
    h.as('');
    h.fakes.users.setEffective(ADMIN);
    expect(h.check().emailsSent).toBe(4);
    expect(records(h, REMINDER_LOG_SHEET).every((r) => r['Thời gian gửi'] instanceof Date)).toBe(true);
  });
});
