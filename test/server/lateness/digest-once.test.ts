// Issue 14: at most one admin digest a day from the scheduled run, even when the content changes
// in between; a run from the menu shows its result on screen and mails no digest.
import { ADMIN, FLAVOURS, at, deactivate, makeLatenessHarness, setEmails, submitCommune } from './harness';

const EMAIL = { XA_CAM_BINH: 'vanthu.cambinh@camxuyen.gov.vn', XA_CAM_DUE: 'vanthu.camdue@camxuyen.gov.vn', XA_CAM_HA: 'vanthu.camha@camxuyen.gov.vn' };

describe.each(FLAVOURS)('admin digest (%s)', (flavour) => {
  test('once a day from the scheduled run; never from the menu', () => {
    const h = makeLatenessHarness(flavour, new Date('2024-03-01T08:00:00+07:00'), ADMIN);
    h.setup();
    deactivate(h, 'P_NOI_VU', 'P_TU_PHAP', 'TTVHTT');
    setEmails(h, EMAIL);
    const digests = () => h.fakes.outbox.filter((m) => m.to === ADMIN).length;

    at(h, '2024-03-19T07:00'); // Q1 was due 18/03 23:59: units are missing
    h.check();
    expect(digests()).toBe(1);
    at(h, '2024-03-19T09:00');
    submitCommune(h, 'XA_CAM_DUE', '2024-Q1'); // the digest's content changes
    h.as(ADMIN);
    at(h, '2024-03-19T12:00');
    h.check();
    const fromMenu = h.checkFromMenu();
    expect(digests()).toBe(1);
    expect(fromMenu.emailsSent).toBe(0);
    expect(fromMenu.periods.find((p) => p.periodId === '2024-Q1')!.late).toEqual(['XA_CAM_DUE']);
    expect(h.fakes.ui.alerts.at(-1)!.prompt).toContain('1 nộp muộn');

    at(h, '2024-03-20T07:00');
    h.checkFromMenu();
    expect(digests()).toBe(1);
    h.check();
    expect(digests()).toBe(2);
    console.log(`[digest ${flavour}] scheduled runs 19/03 07:00, 12:00, 20/03 07:00 and two menu runs: ${digests()} digests`);
  });
});
